import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../core/clock.js';
import { LEASE_IDLE_MS, LEASE_REQUESTS, LEASE_SHARE } from '../counter-leases.js';
import type { ConsumeRequest, ConsumeResult } from '../types.js';
import { openSqliteDatabase } from './open-sqlite-store.js';
import { createSqliteCounters, type SqliteCounterStore } from './sqlite-counters.js';
import { createSqliteWriter, SQLITE_TRANSACTION_CHANNEL } from './sqlite-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-leases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());
let n = 0;
const file = () => join(dir, `l${++n}.db`);

// Mid-minute, so every request of a test lands in one window.
const T0 = Date.UTC(2026, 10, 26, 12, 0, 30);
function manualClock(start = T0): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  } as Clock & { advance(ms: number): void };
}

/** What the gateway does: the lease in memory when it covers the request, else the store. */
async function take(counters: SqliteCounterStore, request: ConsumeRequest): Promise<ConsumeResult> {
  return counters.consumeLeased(request) ?? (await counters.consume(request));
}

/** Write transactions committed while `run` runs. */
async function countTransactions(run: () => Promise<void>): Promise<number> {
  let transactions = 0;
  const count = () => transactions++;
  SQLITE_TRANSACTION_CHANNEL.subscribe(count);
  try {
    await run();
  } finally {
    SQLITE_TRANSACTION_CHANNEL.unsubscribe(count);
  }
  return transactions;
}

describe('sqlite counters: quota leases', () => {
  it('answers most requests of a busy key from its lease: one commit for many requests, usage exact', async () => {
    const db = openSqliteDatabase(file());
    const counters = createSqliteCounters(db, manualClock());
    const request = { keyId: 'busy', limits: { rpm: 10_000, tpm: 1_000_000 }, tokens: 100, costUsd: 0 };
    const transactions = await countTransactions(async () => {
      for (let i = 0; i < 60; i++) expect((await take(counters, request)).allowed).toBe(true);
    });
    // LEASE_REQUESTS requests' worth per lease: the first request leased, the next 59 were answered in memory.
    expect(transactions).toBe(1);
    expect(counters.consumeLeased(request)).toMatchObject({ allowed: true });
    expect(await counters.usage('busy')).toMatchObject({ rpm: 61, tpm: 6100 });
    // The shared counter holds the lease: what other processes must not take.
    const row = db.prepare("SELECT v FROM counters WHERE k LIKE 'busy|rpm:%'").get() as { v: number };
    expect(row.v).toBe(LEASE_REQUESTS);
    await counters.close();
    // Closing gave the unused part back.
    expect(db.prepare("SELECT v FROM counters WHERE k LIKE 'busy|rpm:%'").get()).toEqual({ v: 61 });
    db.close();
  });

  it('two processes on one file never admit more than the limit; the shortfall stays within the documented bound', async () => {
    const path = file();
    const dbs = [openSqliteDatabase(path), openSqliteDatabase(path)];
    const [a, b] = dbs.map((db) => createSqliteCounters(db, manualClock())) as [
      SqliteCounterStore,
      SqliteCounterStore,
    ];
    const limit = 320;
    const request = { keyId: 'shared', limits: { rpm: limit }, tokens: 0, costUsd: 0 };
    let admitted = 0;
    // Interleaved until both refuse.
    for (let round = 0; round < limit; round++) {
      const verdicts = [await take(a, request), await take(b, request)];
      admitted += verdicts.filter((v) => v.allowed).length;
      if (verdicts.every((v) => !v.allowed)) break;
    }
    expect(admitted).toBeLessThanOrEqual(limit);
    // While both are busy, at most (P − 1)/LEASE_SHARE of the limit may sit unused in the other's lease.
    expect(admitted).toBeGreaterThanOrEqual(limit - limit / LEASE_SHARE);
    // Once one process gives its lease back (idle or closed), the other can use the rest, and no more.
    await a.close();
    while ((await take(b, request)).allowed) admitted++;
    expect(admitted).toBe(limit);
    await b.close();
    for (const db of dbs) db.close();
  });

  it('a refusal from the store reports what is really used (leased but unused quota not counted)', async () => {
    const db = openSqliteDatabase(file());
    const counters = createSqliteCounters(db, manualClock());
    const limits = { tpm: 16_000 };
    expect((await take(counters, { keyId: 'r', limits, tokens: 100, costUsd: 0 })).allowed).toBe(true);
    const denied = await take(counters, { keyId: 'r', limits, tokens: 15_950, costUsd: 0 });
    expect(denied).toMatchObject({ allowed: false, limit: 'tpm', used: 100 });
    expect((await take(counters, { keyId: 'r', limits, tokens: 15_900, costUsd: 0 })).allowed).toBe(true);
    expect(await counters.usage('r')).toMatchObject({ tpm: 16_000 });
    db.close();
  });

  it('corrects estimates inside the lease in memory; a correction above the lease charges the excess', async () => {
    const db = openSqliteDatabase(file());
    const counters = createSqliteCounters(db, manualClock());
    const limits = { tpm: 1_000_000, dailyBudgetUsd: 100 };
    const first = await take(counters, { keyId: 'c', limits, tokens: 500, costUsd: 0.01 });
    if (!first.allowed) throw new Error('expected the first request to pass');
    const inMemory = await countTransactions(() =>
      counters.adjust(first.reservation, { tokens: 120, costUsd: 0.002 }),
    );
    expect(inMemory).toBe(0);
    expect(await counters.usage('c')).toMatchObject({ tpm: 120, dailyBudgetUsd: 0.002 });
    const leased = (db.prepare("SELECT v FROM counters WHERE k LIKE 'c|tpm:%'").get() as { v: number }).v;
    // A second request uses far more than estimated: the excess over the lease is charged to the shared counter.
    const second = await take(counters, { keyId: 'c', limits, tokens: 100, costUsd: 0.001 });
    if (!second.allowed) throw new Error('expected the second request to pass');
    await counters.adjust(second.reservation, { tokens: leased + 1000, costUsd: 0.001 });
    const used = 120 + leased + 1000;
    expect(await counters.usage('c')).toMatchObject({ tpm: used });
    expect(db.prepare("SELECT v FROM counters WHERE k LIKE 'c|tpm:%'").get()).toEqual({ v: used });
    db.close();
  });

  it('gives an idle lease back after LEASE_IDLE_MS, so other processes can use it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const path = file();
    const clock = manualClock();
    const db = openSqliteDatabase(path);
    const counters = createSqliteCounters(db, clock);
    const request = { keyId: 'idle', limits: { rpm: 1600 }, tokens: 0, costUsd: 0 };
    expect((await take(counters, request)).allowed).toBe(true);
    const rpm = () =>
      (db.prepare("SELECT v FROM counters WHERE k LIKE 'idle|rpm:%'").get() as { v: number }).v;
    // A slice of 1/LEASE_SHARE of the limit (fewer than LEASE_REQUESTS requests).
    expect(rpm()).toBe(1600 / LEASE_SHARE);
    clock.advance(LEASE_IDLE_MS);
    vi.advanceTimersByTime(LEASE_IDLE_MS);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(rpm()).toBe(1);
    expect(counters.consumeLeased(request)).toBeUndefined();
    await counters.close();
    db.close();
  });

  it('forgets the lease a rolled-back transaction granted: nothing is admitted on quota never written', async () => {
    const db = openSqliteDatabase(file());
    const writer = createSqliteWriter(db);
    const counters = createSqliteCounters(db, manualClock(), writer);
    // Another item of the same transaction fails at COMMIT time: a deferred foreign key violation.
    db.exec(`
      CREATE TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TABLE child (p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
    `);
    const insertOrphan = db.prepare('INSERT INTO child VALUES (42)');
    const orphan = writer.channel((items: number[]) => items.map(() => insertOrphan.run().changes));
    const request = { keyId: 'rb', limits: { rpm: 10_000 }, tokens: 0, costUsd: 0 };
    const [consumed, other] = await Promise.allSettled([counters.consume(request), orphan(1)]);
    expect(consumed.status).toBe('rejected');
    expect(other.status).toBe('rejected');
    expect(db.prepare('SELECT count(*) AS n FROM counters').get()).toEqual({ n: 0 });
    // No lease survived the rollback: the next request goes to the store again.
    expect(counters.consumeLeased(request)).toBeUndefined();
    db.exec('DROP TABLE child; DROP TABLE parent');
    expect((await take(counters, request)).allowed).toBe(true);
    expect(await counters.usage('rb')).toMatchObject({ rpm: 1 });
    db.close();
  });

  it('a lowered limit binds at once: the slice leased under the old limit is trimmed, not consumed', async () => {
    const db = openSqliteDatabase(file());
    const counters = createSqliteCounters(db, manualClock());
    const request = (rpm: number) => ({ keyId: 'low', limits: { rpm }, tokens: 0, costUsd: 0 });
    for (let i = 0; i < 10; i++) expect((await take(counters, request(16_000))).allowed).toBe(true);
    // The limit drops to 12 (a config reload): 10 used, so 2 more and then refusals, whatever was leased before.
    const verdicts: boolean[] = [];
    for (let i = 0; i < 4; i++) verdicts.push((await take(counters, request(12))).allowed);
    expect(verdicts).toEqual([true, true, false, false]);
    expect(await counters.usage('low')).toMatchObject({ rpm: 12 });
    expect(db.prepare("SELECT v FROM counters WHERE k LIKE 'low|rpm:%'").get()).toEqual({ v: 12 });
    // Raised again: leasing resumes under the new limit.
    expect((await take(counters, request(16_000))).allowed).toBe(true);
    expect(counters.consumeLeased(request(16_000))).toMatchObject({ allowed: true });
    db.close();
  });

  it('limits below LEASE_SHARE units are exact across processes: each request commits what it needs', async () => {
    const path = file();
    const dbs = [openSqliteDatabase(path), openSqliteDatabase(path)];
    const [a, b] = dbs.map((db) => createSqliteCounters(db, manualClock())) as [
      SqliteCounterStore,
      SqliteCounterStore,
    ];
    const request = { keyId: 'small', limits: { rpm: 5 }, tokens: 0, costUsd: 0 };
    const verdicts: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      verdicts.push((await take(a, request)).allowed, (await take(b, request)).allowed);
    }
    expect(verdicts).toEqual([true, true, true, true, true, false, false, false]);
    for (const db of dbs) db.close();
  });
});
