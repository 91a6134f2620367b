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
  it('raises the automatic checkpoint threshold of the connection', async () => {
    const { db } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    await checkpoints.stop();
    db.close();
  });

  it('moves the WAL into the database file once the writer has been idle', async () => {
    const { db, path } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db, { idleMs: 20 });
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
    })();
    // Below the automatic threshold: the rows are only in the WAL so far.
    const before = statSync(path).size;
    checkpoints.wrote();
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 50_000), {
      timeout: 20_000,
    });
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 500 });
    await checkpoints.stop();
    db.close();
  });

  it('does nothing after stop', async () => {
    const { db, path } = openWalDb();
    const checkpoints = scheduleWalCheckpoints(db, { idleMs: 10 });
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('y'.repeat(200));
    })();
    const before = statSync(path).size;
    checkpoints.wrote();
    await checkpoints.stop();
    checkpoints.wrote();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(path).size).toBe(before);
    db.close();
  });

  it('moves checkpoints to a thread once the store keeps writing, and COMMITs stop checkpointing', async () => {
    const { db, path } = openWalDb();
    // No idle period ever comes (60 s): only the thread can move the WAL into the database.
    const checkpoints = scheduleWalCheckpoints(db, {
      path,
      idleMs: 60_000,
      threadAfterWrites: 3,
      threadIntervalMs: 10,
    });
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const write = (n: number): void => {
      db.transaction(() => {
        for (let i = 0; i < n; i++) insert.run('z'.repeat(200));
      })();
      checkpoints.wrote();
    };
    write(1);
    write(1);
    expect(checkpoints.onThread()).toBe(false);
    write(1);
    // Deadlines a loaded machine cannot trip (the whole suite on 2 busy cores missed 5 s once): the test asserts
    // that the thread does the work, not how fast.
    await vi.waitFor(() => expect(checkpoints.onThread()).toBe(true), { timeout: 20_000 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(path).size;
    write(500);
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 50_000), {
      timeout: 20_000,
    });
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 503 });
    await checkpoints.stop();
    expect(checkpoints.onThread()).toBe(false);
    db.close();
  });

  it('turns the automatic checkpoint back on when the thread cannot run', async () => {
    const { db, path } = openWalDb();
    const lost: unknown[] = [];
    // The thread opens the file it is given with fileMustExist: a wrong path makes it fail at start.
    const checkpoints = scheduleWalCheckpoints(db, {
      path: `${path}.missing`,
      threadAfterWrites: 1,
      onThreadLost: (error) => lost.push(error),
    });
    checkpoints.wrote();
    await vi.waitFor(() => expect(lost).toHaveLength(1), { timeout: 5000 });
    expect(checkpoints.onThread()).toBe(false);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    await checkpoints.stop();
    db.close();
  });

  it('never starts a thread for a database without a WAL', async () => {
    const db = new Database(':memory:');
    const checkpoints = scheduleWalCheckpoints(db, { path: ':memory:', threadAfterWrites: 1 });
    checkpoints.wrote();
    checkpoints.wrote();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkpoints.onThread()).toBe(false);
    await checkpoints.stop();
    db.close();
  });
});
