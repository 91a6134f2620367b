/**
 * A/B of the SQLite store's request path, in ONE process so that both sides see the same machine in the same
 * second: A = `--base REF`'s src/ (default HEAD, extracted with git archive), B = the working tree. Each "request"
 * is what the gateway does with SQLite counters: a limit check (from the quota lease in memory when the store has
 * one, else consume), then a turn later its correction (adjust) and its audit append, which share a commit. Rounds alternate ABBA at concurrency 1 (every request alone: its own
 * two commits, the gateway's c=1 path) and 32 (group commit); CPU from process.cpuUsage per round.
 * Usage: npx tsx bench/store/ab-hot-path.ts [--base REF] [--rounds N] [--requests N]
 */
import { opt } from '../args.js';
import { openAbStores } from './ab-stores.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0) || 8;
const perRound = Number(opt('--requests') ?? 0) || 3000;

const { stores, libs, dispose } = await openAbStores(base);
try {
  const limits = { rpm: 1e8, tpm: 1e12, dailyBudgetUsd: 1e9 };
  const request = async (side: 'A' | 'B', i: number): Promise<void> => {
    const store = stores[side];
    const charge = { keyId: 'k1', limits, tokens: 100, costUsd: 0.001 };
    // As the gateway does (src/gateway/limits.ts): the quota lease in memory when the store has one.
    const r = store.counters.consumeLeased?.(charge) ?? (await store.counters.consume(charge));
    if (!r.allowed) throw new Error('refused');
    await new Promise((done) => setImmediate(done)); // the upstream call
    await Promise.all([
      store.counters.adjust(r.reservation, { tokens: 80, costUsd: 0.0008 }),
      store.audit.append(libs[side].sampleAuditEntry(i)),
    ]);
  };
  const burst = async (side: 'A' | 'B', concurrency: number, n: number): Promise<number> => {
    let next = 0;
    const c0 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < n) await request(side, next++);
      }),
    );
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / n;
  };
  for (const side of ['A', 'B'] as const) for (const c of [1, 32]) await burst(side, c, perRound); // warm-up
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  for (const concurrency of [1, 32]) {
    const cpu: Record<'A' | 'B', number[]> = { A: [], B: [] };
    let bLower = 0;
    for (let round = 0; round < rounds; round++) {
      const order: ('A' | 'B')[] = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
      const got: Partial<Record<'A' | 'B', number>> = {};
      for (const side of order) got[side] = await burst(side, concurrency, perRound);
      cpu.A.push(got.A as number);
      cpu.B.push(got.B as number);
      if ((got.B as number) < (got.A as number)) bLower++;
    }
    process.stdout.write(
      `c=${concurrency}: A (${base}) ${median(cpu.A).toFixed(1)} µs CPU/request, B (working tree) ${median(cpu.B).toFixed(1)}; B lower in ${bLower} of ${rounds} rounds\n`,
    );
  }
} finally {
  await dispose();
}
