import type Database from 'better-sqlite3';
import { BastionError } from '../../core/errors/index.js';
import { GENESIS_HASH } from '../audit-chain.js';

/**
 * Schema versions, in order; `PRAGMA user_version` records the last one applied. Never edit a shipped migration:
 * add the next one. Each runs in one transaction, so a crash mid-migration leaves the previous version intact.
 */
export const SQLITE_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        use_case TEXT,
        admin INTEGER NOT NULL,
        limits TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        last_used_at TEXT
      );
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        time TEXT NOT NULL,
        request_id TEXT NOT NULL,
        key_id TEXT,
        use_case TEXT,
        model TEXT,
        provider TEXT,
        status INTEGER NOT NULL,
        error_code TEXT,
        tokens_in INTEGER NOT NULL,
        tokens_out INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        latency_ms TEXT NOT NULL,
        findings TEXT NOT NULL,
        content_mode TEXT NOT NULL,
        prompt TEXT,
        response TEXT,
        extra TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_time ON audit (time);
      -- One row: the chain head (last appended) and base (last purged), updated in the append/purge transaction.
      CREATE TABLE audit_chain (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        head_seq INTEGER NOT NULL,
        head_hash TEXT NOT NULL,
        base_seq INTEGER NOT NULL,
        base_hash TEXT NOT NULL
      );
      INSERT INTO audit_chain VALUES (1, 0, '${GENESIS_HASH}', 0, '${GENESIS_HASH}');
      CREATE TABLE counters (
        k TEXT PRIMARY KEY,
        v INTEGER NOT NULL,
        reset_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX counters_reset ON counters (reset_at);
    `,
  },
];

export function migrateSqlite(db: Database.Database, file: string): void {
  const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1]?.version ?? 0;
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new BastionError(
        'BASTION_ERR_STORE_MIGRATION',
        `${file}: schema version ${current} was written by a newer Bastion (this one knows up to ${latest})`,
      );
    }
    for (const migration of SQLITE_MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  try {
    // IMMEDIATE: two processes starting at once must not both migrate.
    run.immediate();
  } catch (cause) {
    if (cause instanceof BastionError) throw cause;
    throw new BastionError(
      'BASTION_ERR_STORE_MIGRATION',
      `${file}: migration failed: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}
