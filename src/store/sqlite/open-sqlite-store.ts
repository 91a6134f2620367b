import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { fileInTheWay } from '../../core/file-in-the-way.js';
import type { Logger } from '../../core/log.js';
import { createKeyCache } from '../key-cache.js';
import { commitKeyChange } from '../key-change.js';
import { openCounters } from '../open-counters.js';
import type { OpenStoreOptions } from '../open-store.js';
import type { AuditEntry, KeyChange, KeyChangeResult, KeyRecord, Store } from '../types.js';

type AuditFor = (record: KeyRecord) => AuditEntry;
import { migrateSqlite } from './migrations.js';
import { createSqliteAudit } from './sqlite-audit.js';
import { createSqliteCounters } from './sqlite-counters.js';
import { createSqliteKeys } from './sqlite-keys.js';
import { createSqliteWriter } from './sqlite-writer.js';
import { scheduleWalCheckpoints } from './wal-checkpoints.js';

export type ResolvedStoreOptions = OpenStoreOptions & { logger: Logger; clock: Clock };

/**
 * Opens (creating if needed) one SQLite file in WAL mode and migrates it. WAL lets readers (verify, export, the
 * dashboard) run while the gateway writes; `synchronous = NORMAL` is durable across process crashes (a power cut
 * may lose the last transactions, never corrupt the file or the chain).
 */
export function openSqliteDatabase(path: string): Database.Database {
  let db: Database.Database;
  try {
    // A store in a folder of its own (sqlite://./var/bastion.db) should not need a mkdir first; the docs index
    // creates its folder the same way.
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: 5000 });
  } catch (cause) {
    const file = path === ':memory:' ? undefined : fileInTheWay(dirname(path));
    if (file !== undefined)
      throw new BastionError(
        'BASTION_ERR_STORE_PATH_NOT_FOLDER',
        `store ${path}: ${file} is a file, not a folder`,
        { cause, details: { path, file } },
      );
    throw new BastionError(
      'BASTION_ERR_STORE_UNAVAILABLE',
      `store ${path}: cannot open: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // SQLite's default 2 MB page cache, set explicitly. A 512 KiB cache saved ~1.5 MiB of RSS but cost ~20 µs of CPU
    // per request at c=32 (bench/gateway/profile-inproc.ts --overlay src/store, two runs of 12 bursts, -6.7% and
    // -7.1% with 2 MB): under load the appends of one group commit and the pages they re-read no longer fit.
    db.pragma('cache_size = -2000');
    db.pragma('foreign_keys = ON');
    migrateSqlite(db, path);
    return db;
  } catch (cause) {
    db.close();
    if (cause instanceof BastionError) throw cause;
    throw new BastionError('BASTION_ERR_STORE_UNAVAILABLE', `store ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
}

export async function openSqliteStore(path: string, options: ResolvedStoreOptions): Promise<Store> {
  const db = openSqliteDatabase(path);
  const { clock, logger } = options;
  try {
    // WAL checkpoints off the request path where possible (see wal-checkpoints.ts for the measurements).
    const checkpoints = scheduleWalCheckpoints(db, {
      path,
      onThreadLost: (error) =>
        logger.warn('store: WAL checkpoints are back on the request path (checkpoint thread ended)', {
          error,
        }),
    });
    // One writer: a request's counter correction and its audit record share a transaction (one commit).
    const writer = createSqliteWriter(db, undefined, checkpoints.wrote);
    const counters =
      options.counters === 'sqlite'
        ? createSqliteCounters(db, clock, writer, {
            onLeaseError: (error) =>
              logger.warn(
                'store: unused limit quota could not be given back; it counts as used until its window ends',
                {
                  error,
                },
              ),
          })
        : await openCounters(options.counters, options);
    const rawKeys = createSqliteKeys(db, clock);
    const { auth, keys } = createKeyCache(rawKeys, {
      clock,
      logger,
      ttlMs: options.keyCacheTtlMs,
    });
    const audit = createSqliteAudit(db, clock, writer);
    // The key change and its audit record in one IMMEDIATE transaction: a failed append rolls the change back.
    const changeInTransaction = db.transaction((change: KeyChange, auditFor: AuditFor): KeyChangeResult => {
      const issued = rawKeys.applyChange(change);
      return { ...issued, audit: audit.appendInTransaction(auditFor(issued.record)) };
    });
    let closed = false;
    return {
      kind: 'sqlite',
      keys,
      counters,
      audit,
      auth,
      changeKey(change, auditFor) {
        return commitKeyChange(change, auth, () => changeInTransaction.immediate(change, auditFor));
      },
      async close() {
        if (closed) return;
        closed = true;
        await auth.stop();
        await counters.close();
        await checkpoints.stop();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
