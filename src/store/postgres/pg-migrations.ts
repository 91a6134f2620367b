import type pg from 'pg';
import { BastionError } from '../../core/errors/index.js';
import { GENESIS_HASH } from '../audit-chain.js';

/** Schema versions, in order. Never edit a shipped one: add the next. Tables are prefixed: `public` may be shared. */
export const PG_MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE bastion_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        use_case TEXT,
        admin BOOLEAN NOT NULL,
        limits TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        last_used_at TEXT
      );
      CREATE TABLE bastion_audit (
        seq BIGINT PRIMARY KEY,
        kind TEXT NOT NULL,
        time TEXT NOT NULL,
        request_id TEXT NOT NULL,
        key_id TEXT,
        use_case TEXT,
        model TEXT,
        provider TEXT,
        status INTEGER NOT NULL,
        error_code TEXT,
        tokens_in BIGINT NOT NULL,
        tokens_out BIGINT NOT NULL,
        cost_usd DOUBLE PRECISION NOT NULL,
        latency_ms TEXT NOT NULL,
        findings TEXT NOT NULL,
        content_mode TEXT NOT NULL,
        prompt TEXT,
        response TEXT,
        extra TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX bastion_audit_time ON bastion_audit (time);
      -- The head row every append locks (SELECT … FOR UPDATE): replicas append one at a time, in seq order.
      CREATE TABLE bastion_audit_chain (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        head_seq BIGINT NOT NULL,
        head_hash TEXT NOT NULL,
        base_seq BIGINT NOT NULL,
        base_hash TEXT NOT NULL
      );
      INSERT INTO bastion_audit_chain VALUES (1, 0, '${GENESIS_HASH}', 0, '${GENESIS_HASH}');
    `,
  },
];

/** Applies pending migrations under a transaction-scoped advisory lock, so replicas starting together migrate once. */
export async function migratePostgres(pool: pg.Pool, schema: string): Promise<void> {
  const latest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bastion-migrate:${schema}`]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS bastion_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM bastion_migrations',
    );
    const current = rows[0]?.v ?? 0;
    if (current > latest) {
      throw new BastionError(
        'BASTION_ERR_STORE_MIGRATION',
        `postgres schema ${schema}: version ${current} was written by a newer Bastion (this one knows up to ${latest})`,
      );
    }
    for (const migration of PG_MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO bastion_migrations VALUES ($1, $2)', [
        migration.version,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (cause instanceof BastionError) throw cause;
    throw new BastionError(
      'BASTION_ERR_STORE_MIGRATION',
      `postgres schema ${schema}: migration failed: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  } finally {
    client.release();
  }
}
