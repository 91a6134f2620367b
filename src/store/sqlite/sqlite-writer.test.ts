import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteWriter, SQLITE_TRANSACTION_CHANNEL } from './sqlite-writer.js';

function openDb(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE a (v INTEGER); CREATE TABLE b (v INTEGER)');
  return db;
}

describe('sqlite writer', () => {
  it('writes the items of every channel queued in one turn inside one transaction, in order', async () => {
    const db = openDb();
    const seen: string[] = [];
    let transactions = 0;
    let open = false;
    const writer = createSqliteWriter(db);
    const insertA = db.prepare('INSERT INTO a VALUES (?)');
    const insertB = db.prepare('INSERT INTO b VALUES (?)');
    const a = writer.channel((items: number[]) => {
      // The first channel of a flush starts a transaction the second one must still be inside.
      if (!open) transactions++;
      open = true;
      seen.push(`a:${items.join(',')}`);
      return items.map((v) => insertA.run(v).changes);
    });
    const b = writer.channel((items: number[]) => {
      expect(db.inTransaction).toBe(true);
      open = false;
      seen.push(`b:${items.join(',')}`);
      return items.map((v) => Number(insertB.run(v).lastInsertRowid));
    });
    const results = await Promise.all([a(1), b(10), a(2), b(20)]);
    expect(results).toEqual([1, 1, 1, 2]);
    expect(seen).toEqual(['a:1,2', 'b:10,20']);
    expect(transactions).toBe(1);
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM b').get()).toEqual({ n: 2 });
  });

  it('rolls back and rejects only the channel that failed; the others commit', async () => {
    const db = openDb();
    const writer = createSqliteWriter(db);
    const insertA = db.prepare('INSERT INTO a VALUES (?)');
    const good = writer.channel((items: number[]) => items.map((v) => insertA.run(v).changes));
    const bad = writer.channel((items: number[]) => {
      db.prepare('INSERT INTO b VALUES (1)').run();
      if (items.length > 0) throw new Error('broken channel');
      return [];
    });
    const [ok, failed] = await Promise.allSettled([good(7), bad(1)]);
    expect(ok).toEqual({ status: 'fulfilled', value: 1 });
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'broken channel' } });
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 1 });
    // The failing channel's own write was rolled back with its savepoint.
    expect(db.prepare('SELECT count(*) AS n FROM b').get()).toEqual({ n: 0 });
  });

  it('rejects every item of the turn, with the real cause, when SQLite rolls back the whole transaction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-writer-'));
    const db = new Database(join(dir, 'full.db'));
    try {
      db.exec('CREATE TABLE a (v BLOB)');
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages + 1}`); // a full disk, as far as SQLite can tell
      const writer = createSqliteWriter(db);
      const insert = db.prepare('INSERT INTO a VALUES (?)');
      const small = writer.channel((items: number[]) => items.map((v) => insert.run(v).changes));
      const big = writer.channel((items: number[]) =>
        items.map(() => insert.run(Buffer.alloc(200_000)).changes),
      );
      const settled = await Promise.allSettled([small(1), big(0)]);
      expect(settled).toMatchObject([
        { status: 'rejected', reason: { code: 'SQLITE_FULL' } },
        { status: 'rejected', reason: { code: 'SQLITE_FULL' } },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
      expect(await small(2)).toBe(1);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a channel alone in its turn (no savepoint) still rolls back everything it wrote when it fails', async () => {
    const db = openDb();
    const writer = createSqliteWriter(db);
    const insertA = db.prepare('INSERT INTO a VALUES (?)');
    let fail = true;
    const a = writer.channel((items: number[]) => {
      const results = items.map((v) => insertA.run(v).changes);
      if (fail) throw new Error('broken after writing');
      return results;
    });
    await expect(Promise.all([a(1), a(2)])).rejects.toThrow('broken after writing');
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
    fail = false;
    expect(await a(3)).toBe(1);
    expect(db.prepare('SELECT v FROM a').all()).toEqual([{ v: 3 }]);
  });

  it('a channel returning the wrong number of results fails alone in its turn as in a shared one', async () => {
    const db = openDb();
    const writer = createSqliteWriter(db);
    const insertA = db.prepare('INSERT INTO a VALUES (?)');
    const a = writer.channel((items: number[]) => {
      for (const v of items) insertA.run(v);
      return [];
    });
    await expect(a(1)).rejects.toThrow('wrong number of results');
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
  });

  it('caps one transaction at maxItems and writes the rest in the next turn', async () => {
    const db = openDb();
    const batches: number[] = [];
    const writer = createSqliteWriter(db, 3);
    const a = writer.channel((items: number[]) => {
      batches.push(items.length);
      return items;
    });
    expect(await Promise.all([1, 2, 3, 4, 5].map(a))).toEqual([1, 2, 3, 4, 5]);
    expect(batches).toEqual([3, 2]);
  });
  it('calls afterTransaction once per transaction, after the commit, and after a failed one too', async () => {
    const db = openDb();
    const calls: boolean[] = [];
    const writer = createSqliteWriter(db, 512, () => calls.push(db.inTransaction));
    const insert = db.prepare('INSERT INTO a VALUES (?)');
    const a = writer.channel((items: number[]) => items.map((v) => insert.run(v).changes));
    await Promise.all([a(1), a(2)]);
    expect(calls).toEqual([false]);
    db.exec("CREATE TRIGGER boom BEFORE INSERT ON a BEGIN SELECT RAISE(ROLLBACK, 'no'); END");
    await expect(a(3)).rejects.toThrow();
    expect(calls).toEqual([false, false]);
  });

  it('tells each channel synchronously, before its callers resume, whether its items were committed', async () => {
    const db = openDb();
    const writer = createSqliteWriter(db);
    const insertA = db.prepare('INSERT INTO a VALUES (?)');
    const log: string[] = [];
    const good = writer.channel(
      (items: number[]) => items.map((v) => insertA.run(v).changes),
      (committed) => log.push(`good ${committed}`),
    );
    const bad = writer.channel(
      (items: number[]) =>
        items.map(() => {
          throw new Error('broken channel');
        }),
      (committed) => log.push(`bad ${committed}`),
    );
    const [ok, failed] = await Promise.allSettled([
      good(1).then(() => log.push('good resolved')),
      bad(1).catch(() => log.push('bad rejected')),
    ]);
    expect([ok.status, failed.status]).toEqual(['fulfilled', 'fulfilled']);
    // The savepoint of `bad` rolled back, the transaction (and `good`) committed.
    expect(log).toEqual(['good true', 'bad false', 'good resolved', 'bad rejected']);
    log.length = 0;
    // A COMMIT that fails: every channel of the transaction hears `false`.
    db.exec("CREATE TRIGGER boom BEFORE INSERT ON a BEGIN SELECT RAISE(ROLLBACK, 'no'); END");
    await expect(good(2)).rejects.toThrow();
    expect(log).toEqual(['good false']);
  });

  it('reports each transaction on its diagnostics channel while someone subscribes', async () => {
    const db = openDb();
    const writer = createSqliteWriter(db);
    const insert = db.prepare('INSERT INTO a VALUES (?)');
    const a = writer.channel((items: number[]) => items.map((v) => insert.run(v).changes));
    const seen: { startMs: number; ms: number; items: number }[] = [];
    const listener = (message: unknown): void => {
      seen.push(message as { startMs: number; ms: number; items: number });
    };
    await a(0);
    SQLITE_TRANSACTION_CHANNEL.subscribe(listener);
    try {
      await Promise.all([a(1), a(2), a(3)]);
    } finally {
      SQLITE_TRANSACTION_CHANNEL.unsubscribe(listener);
    }
    await a(4);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.items).toBe(3);
    expect(seen[0]?.ms).toBeGreaterThanOrEqual(0);
    expect(seen[0]?.startMs).toBeGreaterThan(0);
  });
});
