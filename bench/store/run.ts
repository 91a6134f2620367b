/**
 * Store hot-path costs, each beside its peer in the same process and minute (npm run bench:store):
 *   - key check: cached `auth.peek` vs an uncached lookup by hash in SQLite;
 *   - audit append: hash-chained append vs a plain INSERT of the same row (the price of tamper evidence),
 *     one at a time and 32 concurrent (group commit);
 *   - limits: memory vs SQLite counters; Redis one-script check-and-consume vs the common non-atomic
 *     GET-then-INCRBY pattern (2 round trips), when BASTION_TEST_REDIS_URL points at a Redis.
 */
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/log.js';
import { sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { auditRecordToValues, AUDIT_COLUMNS } from '../../src/store/audit-row.js';
import { sealAuditRecord, toAuditFields } from '../../src/store/audit-chain.js';
import { hashApiKey } from '../../src/store/key-material.js';
import { openStore } from '../../src/store/open-store.js';
import { openRedisCounters } from '../../src/store/redis/redis-counters.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-store-'));
const rows: { what: string; ours: number; peer: number; peerName: string; unit: string }[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median over 5 runs of µs per operation (sequential awaits). */
async function perOp(n: number, fn: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < Math.min(n, 500); i++) await fn(i); // warm-up: JIT, statement caches
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const out = fn(i);
      if (out instanceof Promise) await out;
    }
    runs.push(((performance.now() - t0) * 1000) / n);
  }
  return median(runs);
}

/** Operations per second with `concurrency` callers in flight. */
async function throughput(
  n: number,
  concurrency: number,
  fn: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await fn(next++);
    }),
  );
  return n / ((performance.now() - t0) / 1000);
}

const store = await openStore({ store: `sqlite://${join(dir, 'bench.db')}`, counters: 'sqlite' });
const { secret, record } = await store.keys.create({
  useCase: 'bench',
  limits: { rpm: 1e9, tpm: 1e12, dailyBudgetUsd: 1e9 },
});
await store.auth.authenticate(secret);

// Key check.
const raw = new Database(join(dir, 'bench.db'));
const byHash = raw.prepare('SELECT * FROM keys WHERE hash = ?');
rows.push({
  what: 'key check',
  ours: await perOp(20_000, () => store.auth.peek(secret)),
  peer: await perOp(20_000, () => byHash.get(hashApiKey(secret))),
  peerName: 'uncached SQLite lookup',
  unit: 'µs/op',
});

// Audit append vs plain insert of the same row into a copy of the table without the chain.
raw.exec('CREATE TABLE plain AS SELECT * FROM audit WHERE 0; CREATE INDEX plain_time ON plain (time)');
const plainInsert = raw.prepare(
  `INSERT INTO plain (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map(() => '?').join(', ')})`,
);
let plainSeq = 0;
const plain = (i: number) => {
  const sealed = sealAuditRecord(toAuditFields(sampleAuditEntry(i), Date.now()), ++plainSeq, '');
  plainInsert.run(...auditRecordToValues({ ...sealed, hash: '', prevHash: '' }));
};
rows.push({
  what: 'audit append, one at a time',
  ours: await perOp(3000, (i) => store.audit.append(sampleAuditEntry(i))),
  peer: await perOp(3000, plain),
  peerName: 'plain INSERT, no chain',
  unit: 'µs/op',
});
rows.push({
  what: 'audit append, 32 concurrent',
  ours: await throughput(20_000, 32, (i) => store.audit.append(sampleAuditEntry(i))),
  peer: await throughput(20_000, 32, async (i) => plain(i)),
  peerName: 'plain INSERT, no chain',
  unit: 'records/s',
});
const verifyStart = performance.now();
const verified = await store.audit.verify();
const verifyMs = performance.now() - verifyStart;

// Counters.
const limits = record.limits;
const memory = await openStore({ store: 'sqlite://:memory:', counters: 'memory' });
rows.push({
  what: 'limit check (3 windows)',
  ours: await perOp(20_000, () =>
    memory.counters.consumeSync?.({ keyId: record.id, limits, tokens: 100, costUsd: 0.001 }),
  ),
  peer: await perOp(20_000, () =>
    store.counters.consumeSync?.({ keyId: record.id, limits, tokens: 100, costUsd: 0.001 }),
  ),
  peerName: 'SQLite counters',
  unit: 'µs/op',
});

const redisUrl = process.env.BASTION_TEST_REDIS_URL;
if (redisUrl) {
  const prefix = `bastion_bench_${process.pid}`;
  const counters = await openRedisCounters(redisUrl, {
    clock: systemClock,
    logger: silentLogger,
    counterPrefix: prefix,
  });
  const redis = new Redis(redisUrl);
  // The usual non-atomic limiter: read every window, then increment them (two round trips, racy across replicas).
  const naive = async () => {
    const keys = [`${prefix}:n:rpm`, `${prefix}:n:tpm`, `${prefix}:n:day`];
    const values = await redis.mget(...keys);
    if (values.some((v) => Number(v ?? 0) > 1e15)) return false;
    await redis
      .multi()
      .incrby(keys[0] as string, 1)
      .incrby(keys[1] as string, 100)
      .incrby(keys[2] as string, 1000)
      .exec();
    return true;
  };
  rows.push({
    what: 'redis limit check (3 windows)',
    ours: await perOp(5000, () =>
      counters.consume({ keyId: record.id, limits, tokens: 100, costUsd: 0.001 }),
    ),
    peer: await perOp(5000, naive),
    peerName: 'GET + MULTI/INCRBY (non-atomic)',
    unit: 'µs/op',
  });
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await counters.close();
}

await memory.close();
raw.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

const fmt = (v: number, unit: string) =>
  unit === 'records/s' ? Math.round(v).toLocaleString('en') : v.toFixed(2);
console.log(`\nBastion store, ${new Date().toISOString()} (node ${process.version})\n`);
console.log('| operation | Bastion | peer | peer value | ratio (peer/Bastion for µs, Bastion/peer for /s) |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const ratio = r.unit === 'records/s' ? r.ours / r.peer : r.peer / r.ours;
  console.log(
    `| ${r.what} | ${fmt(r.ours, r.unit)} ${r.unit} | ${r.peerName} | ${fmt(r.peer, r.unit)} ${r.unit} | ${ratio.toFixed(2)}× |`,
  );
}
console.log(
  `\naudit verify: ${verified.ok ? 'intact' : 'BROKEN'}, ${verified.ok ? verified.count : 0} records in ${verifyMs.toFixed(0)} ms`,
);
if (!redisUrl) {
  console.log(
    'redis: skipped (set BASTION_TEST_REDIS_URL, e.g. eval "$(bash scripts/test-services.sh start)")',
  );
}
