/**
 * Overhead of the providers layer (router → retry → breaker → adapter → egress) over a bare undici Pool
 * talking to the same fake upstream (run in its own process). Rounds alternate the two so machine noise hits
 * both alike; medians of the rounds are printed with ratios.
 *
 *   npm run bench:providers [-- --seconds 2 --rounds 5]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { parseConfig } from '../../src/core/config/index.js';
import { createProviderRouter } from '../../src/providers/index.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 2);
const ROUNDS = arg('rounds', 5);

const fixture = fileURLToPath(new URL('../../test/fixtures/fake-upstream.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  child.once('error', reject);
  child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
});

const request = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user' as const, content: 'Write one sentence about the sea, please.' }],
};
const pool = new Pool(url, { connections: 64, pipelining: 1 });
const router = createProviderRouter({
  loaded: parseConfig(
    `providers:\n  p: { type: openai-compatible, hosting: self-hosted, baseUrl: '${url}/v1', apiKey: "\${BENCH_UPSTREAM_KEY}", maxConnections: 64 }\nmodels:\n  gpt-4o-mini: { provider: p }\n`,
    '<bench>',
    { env: { BENCH_UPSTREAM_KEY: 'sk-bench' } },
  ),
});

let seq = 0;
const direct = async (stream: boolean): Promise<void> => {
  const res = await pool.request({
    path: '/v1/chat/completions',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify(stream ? { ...request, stream, stream_options: { include_usage: true } } : request),
  });
  const text = await res.body.text();
  // The peer still parses what it needs for cost (usage), like any gateway must.
  if (!stream) JSON.parse(text);
};
const viaRouter = async (stream: boolean): Promise<void> => {
  const ctx = { signal: new AbortController().signal, requestId: `b${seq++}` };
  if (!stream) {
    await router.chat(['gpt-4o-mini'], request, ctx);
    return;
  }
  const routed = await router.chatStream(['gpt-4o-mini'], request, ctx);
  for await (const _chunk of routed.result) {
    // drain
  }
};

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of this process per request (user + system): steadier than wall time on a shared machine. */
  cpu: number;
}
async function measure(call: () => Promise<void>, concurrency: number): Promise<Figures> {
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    rps: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    cpu: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(
  `providers overhead vs bare undici Pool · fake upstream ${url} · ${ROUNDS} rounds × ${SECONDS}s, medians`,
);
console.log(
  'mode        conc │ direct rps  p50 ms  p99 ms  cpu µs │ router rps  p50 ms  p99 ms  cpu µs │ rps ratio  added p50 ms  added cpu µs',
);
for (const stream of [false, true]) {
  for (const concurrency of [1, 32]) {
    await measure(() => direct(stream), concurrency); // warm-up both paths
    await measure(() => viaRouter(stream), concurrency);
    const d: Figures[] = [];
    const r: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      d.push(await measure(() => direct(stream), concurrency));
      r.push(await measure(() => viaRouter(stream), concurrency));
    }
    const m = (xs: Figures[], k: keyof Figures): number => median(xs.map((x) => x[k]));
    const row = (xs: Figures[]): string =>
      `${m(xs, 'rps').toFixed(0).padStart(10)} ${m(xs, 'p50').toFixed(3).padStart(7)} ${m(xs, 'p99').toFixed(3).padStart(7)} ${m(xs, 'cpu').toFixed(1).padStart(7)}`;
    console.log(
      `${(stream ? 'stream' : 'json').padEnd(11)} ${String(concurrency).padStart(4)} │ ${row(d)} │ ${row(r)} │ ${(m(r, 'rps') / m(d, 'rps')).toFixed(2).padStart(9)} ${(m(r, 'p50') - m(d, 'p50')).toFixed(3).padStart(13)} ${(m(r, 'cpu') - m(d, 'cpu')).toFixed(1).padStart(13)}`,
    );
  }
}

await router.close();
await pool.close();
child.kill();
