/**
 * How long the SQLite store's request path stalls on WAL checkpoints at concurrency 1, A/B in ONE process (both
 * sides see the same machine, the same disk and the same other processes): A = `--base REF`'s src/ (default HEAD,
 * extracted with git archive), B = the working tree. Each request is what the gateway does with SQLite counters: a
 * limit check, a turn for the upstream call, then its correction and its audit record in one commit. Rounds of
 * `--requests` alternate ABBA; each side prints the distribution of request times (wall), how many took over 1 and
 * 5 ms, and CPU per request (process.cpuUsage: a checkpoint thread's CPU counts too).
 * Usage: npx tsx bench/gateway/checkpoint-stalls.ts [--base REF] [--rounds N] [--requests N]
 */
import { readFileSync } from 'node:fs';
import { opt } from '../args.js';
import { openAbStores } from '../store/ab-stores.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0) || 6;
const perRound = Number(opt('--requests') ?? 0) || 4000;

const { stores, libs, dispose } = await openAbStores(base);
try {
  const limits = { rpm: 1e8, tpm: 1e12, dailyBudgetUsd: 1e9 };
  let seq = 0;
  const request = async (side: 'A' | 'B'): Promise<void> => {
    const store = stores[side];
    const r = await store.counters.consume({ keyId: 'k1', limits, tokens: 100, costUsd: 0.001 });
    if (!r.allowed) throw new Error('refused');
    await new Promise((done) => setImmediate(done)); // the upstream call
    await Promise.all([
      store.counters.adjust(r.reservation, { tokens: 80, costUsd: 0.0008 }),
      store.audit.append(libs[side].sampleAuditEntry(seq++)),
    ]);
  };
  // This thread's run-queue wait (µs) from the kernel: subtracted from each request's time, so what remains is the
  // request's own work and its sleeps (fsync), not the other processes of a busy machine.
  const runQueueUs = (): number =>
    Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[1]) / 1000;
  const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const own: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const cpu: Record<'A' | 'B', number> = { A: 0, B: 0 };
  const burst = async (side: 'A' | 'B', n: number, record: boolean): Promise<void> => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) {
      const w0 = runQueueUs();
      const t0 = performance.now();
      await request(side);
      const wall = (performance.now() - t0) * 1000;
      if (record) {
        times[side].push(wall);
        own[side].push(wall - (runQueueUs() - w0));
      }
    }
    const c = process.cpuUsage(c0);
    if (record) cpu[side] += c.user + c.system;
  };
  for (const side of ['A', 'B'] as const) await burst(side, 1000, false); // warm-up (B's thread starts here)
  for (let round = 0; round < rounds; round++)
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const))
      await burst(side, perRound, true);
  const pct = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
  };
  const line = (xs: number[]): string =>
    `p50 ${pct(xs, 50).toFixed(0)} p99 ${pct(xs, 99).toFixed(0)} p99.9 ${pct(xs, 99.9).toFixed(0)} max ${Math.max(...xs).toFixed(0)} µs; over 1 ms ${xs.filter((x) => x > 1000).length}, over 5 ms ${xs.filter((x) => x > 5000).length}`;
  for (const side of ['A', 'B'] as const) {
    process.stdout.write(
      `${side} (${side === 'A' ? base : 'working tree'}): ${times[side].length} requests, CPU ${(cpu[side] / times[side].length).toFixed(1)} µs/request\n` +
        `  wall                   ${line(times[side])}\n  wall - run-queue wait  ${line(own[side])}\n`,
    );
  }
} finally {
  await dispose();
}
