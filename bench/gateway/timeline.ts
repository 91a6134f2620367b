/**
 * Where one request's time goes at concurrency 1: `npx tsx bench/gateway/timeline.ts [--stream] [--memory]
 * [--seconds N] [--requests N]`. Runs the Bastion bench gateway IN THIS PROCESS (same config as the benchmark), the
 * fake upstream and the load client each in their own process (as the benchmark does), and stamps every request
 * with `performance.now()` at each boundary the gateway crosses: request start (node:http diagnostics channel),
 * limit check submitted / answered, upstream dispatch, request bytes handed to the socket, upstream headers, upstream
 * body complete, audit append called / committed, response end, response flushed. Prints the median (and p90, p99)
 * of each segment, the server's CPU per request, and the GCs that landed inside a request.
 */
import { fork, type ChildProcess } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { runLoad } from './load.js';
import { startUpstream } from './servers.js';
import { benchConfigYaml } from './bench-config.js';
import { argv, opt } from '../args.js';

if (argv[0] === '--client') {
  // The load client, in its own process: closed loop, concurrency 1.
  const [, origin, key, seconds, stream] = argv;
  const body = JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
    max_tokens: 64,
    ...(stream === '1' ? { stream: true } : {}),
  });
  const target = {
    name: 'bastion',
    origin: origin as string,
    path: '/v1/chat/completions',
    headers: { authorization: `Bearer ${key}` },
  };
  await runLoad(target, body, { concurrency: 1, durationMs: 1500 });
  (process.send as (m: unknown) => void)({ phase: 'measuring' });
  const r = await runLoad(target, body, { concurrency: 1, durationMs: Number(seconds) * 1000 });
  (process.send as (m: unknown) => void)({ phase: 'done', r });
  process.exit(0);
}

const stream = argv.includes('--stream');
const seconds = Number(opt('--seconds') ?? 5);

const { parseConfig } = await import('../../src/core/config/index.js');
const { createLogger } = await import('../../src/core/log.js');
const { createGateway } = await import('../../src/gateway/create-gateway.js');
const { tuneHeapForServing } = await import('../../src/gateway/heap-tuning.js');
const { openStore } = await import('../../src/store/open-store.js');

const dir = mkdtempSync(join(tmpdir(), 'bastion-timeline-'));
const upstream = await startUpstream();
process.on('exit', () => upstream.child.stop());
process.env.BENCH_COUNTERS = argv.includes('--memory') ? 'memory' : 'sqlite';
tuneHeapForServing();
const loaded = parseConfig(benchConfigYaml(`${upstream.url}/v1`, join(dir, 't.db')), 'bench.yaml', {
  env: process.env,
});
const logger = createLogger({ level: 'warn' });
const store = await openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
const { secret } = await store.keys.create({ useCase: 'bench', name: 'bench' });

// --- stamps -------------------------------------------------------------------------------------------------
type Mark =
  | 'start'
  | 'consumeCall'
  | 'consumeDone'
  | 'dispatch'
  | 'sent'
  | 'upHeaders'
  | 'upDone'
  | 'auditCall'
  | 'auditDone'
  | 'resEnd'
  | 'finish';
let current: Partial<Record<Mark, number>> | undefined;
const done: Partial<Record<Mark, number>>[] = [];
let measuring = false;
const mark = (m: Mark): void => {
  if (current && current[m] === undefined) current[m] = performance.now();
};
diagnostics.subscribe('http.server.request.start', () => {
  current = { start: performance.now() };
});
diagnostics.subscribe('http.server.response.finish', (msg) => {
  mark('finish');
  void msg;
  if (measuring && current) done.push(current);
  current = undefined;
});
diagnostics.subscribe('undici:request:create', () => mark('dispatch'));
diagnostics.subscribe('undici:client:sendHeaders', () => mark('sent'));
diagnostics.subscribe('undici:request:headers', () => mark('upHeaders'));
diagnostics.subscribe('undici:request:trailers', () => mark('upDone'));
const counters = store.counters;
const consume = counters.consume.bind(counters);
counters.consume = (request) => {
  mark('consumeCall');
  return consume(request).then((r) => {
    mark('consumeDone');
    return r;
  });
};
const append = store.audit.append.bind(store.audit);
const stageMs: Record<string, number[]> = {};
store.audit.append = (entry) => {
  mark('auditCall');
  if (measuring)
    for (const [stage, ms] of Object.entries(entry.latencyMs)) (stageMs[stage] ??= []).push(ms * 1000);
  return append(entry).then((r) => {
    mark('auditDone');
    return r;
  });
};
const http = await import('node:http');
const end = http.ServerResponse.prototype.end;
http.ServerResponse.prototype.end = function (this: ServerResponse, ...args: unknown[]) {
  mark('resEnd');
  return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
} as typeof end;
const gcs: { start: number; duration: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      start: e.startTime,
      duration: e.duration,
      kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0,
    });
}).observe({ entryTypes: ['gc'] });

const gateway = createGateway({ loaded, store, logger });
const url = await gateway.listen(0, '127.0.0.1');
const client: ChildProcess = fork(
  new URL(import.meta.url).pathname,
  ['--client', url, secret, String(seconds), stream ? '1' : '0'],
  {
    execArgv: ['--import', 'tsx'],
  },
);
let cpu0 = process.cpuUsage();
const result = await new Promise<{ rps: number; p50: number; p99: number; requests: number }>((resolve) => {
  client.on(
    'message',
    (m: { phase: string; r?: { rps: number; p50: number; p99: number; requests: number } }) => {
      if (m.phase === 'measuring') {
        measuring = true;
        cpu0 = process.cpuUsage();
        gcs.length = 0;
      } else if (m.phase === 'done' && m.r) {
        measuring = false;
        resolve(m.r);
      }
    },
  );
});
const cpu = process.cpuUsage(cpu0);

const segments: [string, Mark, Mark][] = [
  ['start → limit check submitted (auth, body, parse, scope)', 'start', 'consumeCall'],
  ['limit check (turn wait + SQLite txn)', 'consumeCall', 'consumeDone'],
  ['limits answered → upstream dispatch (guards, policy)', 'consumeDone', 'dispatch'],
  ['dispatch → request written', 'dispatch', 'sent'],
  ['request written → upstream headers (upstream RTT)', 'sent', 'upHeaders'],
  ['upstream headers → body complete', 'upHeaders', 'upDone'],
  ['body complete → audit append called (parse, guards out)', 'upDone', 'auditCall'],
  ['audit append (turn wait + SQLite txn)', 'auditCall', 'auditDone'],
  ['audit committed → res.end', 'auditDone', 'resEnd'],
  ['res.end → finish', 'resEnd', 'finish'],
  ['server total (start → finish)', 'start', 'finish'],
];
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};
process.stdout.write(
  `${stream ? 'stream' : 'json'} ${process.env.BENCH_COUNTERS} counters, c=1, ${done.length} requests stamped; client p50 ${result.p50.toFixed(3)} ms, p99 ${result.p99.toFixed(3)} ms, ${result.rps.toFixed(0)} req/s\n`,
);
process.stdout.write(
  `server CPU ${(((cpu.user + cpu.system) / result.requests) | 0).toString()} µs/request (user ${(cpu.user / result.requests) | 0}, system ${(cpu.system / result.requests) | 0})\n`,
);
process.stdout.write('segment                                                    p50 µs   p90 µs   p99 µs\n');
for (const [name, a, b] of segments) {
  const xs = done.flatMap((d) => (d[a] !== undefined && d[b] !== undefined ? [(d[b] - d[a]) * 1000] : []));
  if (xs.length === 0) continue;
  process.stdout.write(
    `${name.padEnd(58)} ${pct(xs, 50).toFixed(0).padStart(6)}   ${pct(xs, 90).toFixed(0).padStart(6)}   ${pct(xs, 99).toFixed(0).padStart(6)}\n`,
  );
}
process.stdout.write('stage timings the gateway records (audit latencyMs)              p50 µs   p90 µs\n');
for (const [stage, xs] of Object.entries(stageMs))
  process.stdout.write(
    `  ${stage.padEnd(56)} ${pct(xs, 50).toFixed(0).padStart(6)}   ${pct(xs, 90).toFixed(0).padStart(6)}\n`,
  );
// GCs that overlapped a stamped request.
let inside = 0;
let insideMs = 0;
const byKind = new Map<number, { n: number; ms: number[] }>();
for (const g of gcs) {
  const k = byKind.get(g.kind) ?? { n: 0, ms: [] };
  k.n++;
  k.ms.push(g.duration);
  byKind.set(g.kind, k);
}
for (const d of done) {
  const s = d.start as number;
  const f = d.finish as number;
  for (const g of gcs)
    if (g.start < f && g.start + g.duration > s) {
      inside++;
      insideMs += g.duration;
    }
}
// The slowest 1 % of requests (the p99 tail): which segment made each slow, and whether a GC overlapped it.
const totals = done.map((d) => (d.finish as number) - (d.start as number)).sort((a, b) => a - b);
const tailFrom = totals[Math.floor(totals.length * 0.99)] ?? Infinity;
const blame = new Map<string, { n: number; withGc: number }>();
for (const d of done) {
  if ((d.finish as number) - (d.start as number) < tailFrom) continue;
  let worst = '';
  let worstMs = -1;
  for (const [name, a, b] of segments.slice(0, -1)) {
    if (d[a] === undefined || d[b] === undefined) continue;
    const ms = (d[b] as number) - (d[a] as number);
    if (ms > worstMs) {
      worstMs = ms;
      worst = name;
    }
  }
  const gc = gcs.some((g) => g.start < (d.finish as number) && g.start + g.duration > (d.start as number));
  const entry = blame.get(worst) ?? { n: 0, withGc: 0 };
  entry.n++;
  if (gc) entry.withGc++;
  blame.set(worst, entry);
}
process.stdout.write(
  `slowest 1 % (server total ≥ ${(tailFrom * 1000).toFixed(0)} µs), by their longest segment:\n`,
);
for (const [name, e] of [...blame].sort((x, y) => y[1].n - x[1].n))
  process.stdout.write(`  ${String(e.n).padStart(4)} × ${name} (${e.withGc} with a GC inside the request)\n`);
for (const [kind, k] of byKind)
  process.stdout.write(
    `GC kind ${kind}: ${k.n} (every ${(done.length / k.n).toFixed(0)} requests), median ${pct(k.ms, 50).toFixed(3)} ms, max ${Math.max(...k.ms).toFixed(3)} ms\n`,
  );
process.stdout.write(
  `GCs inside a request: ${inside} (${((inside / done.length) * 100).toFixed(2)} % of requests), ${insideMs.toFixed(1)} ms\n`,
);
await gateway.close(100);
await store.close();
upstream.child.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
