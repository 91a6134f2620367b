import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleWalCheckpoints, WAL_AUTOCHECKPOINT_PAGES } from './wal-checkpoints.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openWalDb(): { db: Database.Database; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-wal-'));
  dirs.push(dir);
  const path = join(dir, 'w.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (v TEXT)');
  return { db, path };
}

describe('WAL checkpoints', () => {
  it('raises the automatic checkpoint threshold of the connection', () => {
    const { db } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    checkpoints.stop();
    db.close();
  });

  it('moves the WAL into the database file once the writer has been idle', async () => {
    const { db, path } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db, 20);
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
    })();
    // Below the automatic threshold: the rows are only in the WAL so far.
    const before = statSync(path).size;
    checkpoints.wrote();
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 50_000), { timeout: 5000 });
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 500 });
    checkpoints.stop();
    db.close();
  });

  it('does nothing after stop', async () => {
    const { db, path } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db, 10);
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('y'.repeat(200));
    })();
    const before = statSync(path).size;
    checkpoints.wrote();
    checkpoints.stop();
    checkpoints.wrote();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(path).size).toBe(before);
    db.close();
  });
});
