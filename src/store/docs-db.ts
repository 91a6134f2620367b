import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BastionError } from '../core/errors/index.js';
import { fileInTheWay } from '../core/file-in-the-way.js';

export type SqliteDb = Database.Database;

/**
 * Opens (creating if needed) the SQLite file that holds the docs index and feedback.
 * It may be the same file as the main store: the tables are prefixed `docs_` / `feedback`,
 * and WAL mode lets this connection and the store's work side by side.
 *
 * @example
 * const db = openDocsDb('./bastion.db');
 */
export function openDocsDb(path: string): SqliteDb {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Bulk ingests write tens of MB: checkpoint (and fsync) every ~16 MB of WAL rather than every 4 MB.
    db.pragma('wal_autocheckpoint = 4000');
    db.pragma('foreign_keys = ON');
    // Up to 64 MB of page cache (default 2 MB): answering reads posting lists of common words, and on an index of
    // 100k passages the default cache re-reads them from the OS on every question (answer p50/p99 -25%).
    db.pragma('cache_size = -65536');
    return db;
  } catch (cause) {
    const file = path === ':memory:' ? undefined : fileInTheWay(dirname(path));
    if (file !== undefined)
      throw new BastionError(
        'BASTION_ERR_STORE_PATH_NOT_FOLDER',
        `docs index ${path}: ${file} is a file, not a folder`,
        {
          cause,
          details: { path, file },
        },
      );
    throw new BastionError('BASTION_ERR_ASSISTANT_INDEX_OPEN', `cannot open docs index ${path}`, { cause });
  }
}
