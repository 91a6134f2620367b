/**
 * Where the slow requests at concurrency 1 lose their time: `npx tsx bench/gateway/tail.ts [--stream] [--memory]
 * [--seconds N] [--rounds N] [--json FILE]`.
 *
 * Starts, as `npm run bench:gateway` does, the fake upstream, the bare pass-through proxy and the Bastion bench
 * bundle (npm start's node flags and environment), the last two... each in its own process; the upstream and Bastion
 * are preloaded with tail-probe.mjs, which stamps every request they serve on the system-wide monotonic clock and
 * records their GCs, SQLite transactions, WAL checkpoints and main-thread scheduling (on CPU / waiting in the run
 * queue). This process is the closed-loop c=1 client (as in the benchmark) and records its own GCs. Each round runs
 * direct, bare proxy and Bastion in turn (1 s warm-up at c=8, then N s at c=1), so the added latency of both
 * proxies comes from the same minute. Then every client request is lined up with the gateway's and the upstream's
 * record of it, and the slowest 1 % are attributed to the component that exceeded its median by the most.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Pool } from 'undici';
import { argv, opt } from '../args.js';
import { runLoad } from './load.js';
import { bundleBastion, serveEnv, serveNodeFlags, startBareProxy } from './servers.js';
import { attribute, type Dump, type Sample } from './tail-attribution.js';

const PROBE = resolve('bench/gateway/tail-probe.mjs');
const stream = argv.includes('--stream');
const seconds = Number(opt('--seconds') ?? 4);
const rounds = Number(opt('--rounds') ?? 1);
const warmMs = Number(opt('--warm') ?? 1000);
const counters = argv.includes('--memory') ? 'memory' : 'sqlite';

interface Probed {
  proc: ChildProcess;
  url: string;
  dump(): Promise<Dump>;
  arm(): void;
}

/** The first stdout line (matching `pattern`, when given). */
function firstLine(proc: ChildProcess, name: string, pattern?: RegExp): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let out = '';
    let err = '';
    let found = false;
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout?.on('data', (d: Buffer) => {
      if (found) return;
      out += d.toString();
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        const line = out.slice(0, nl).trim();
        out = out.slice(nl + 1);
        if (!pattern || pattern.test(line)) {
          found = true;
          resolveLine(line);
          return;
        }
      }
    });
    proc.on('exit', (code) => reject(new Error(`${name} exited with ${code}\n${err}`)));
  });
}

function probed(proc: ChildProcess, url: string): Probed {
  return {
    proc,
    url,
    arm: () => proc.send({ probe: 'arm' }),
    dump: () =>
      new Promise((resolveDump) => {
        const onMessage = (m: Dump & { probe?: string }): void => {
          if (m.probe !== 'data') return;
          proc.off('message', onMessage);
          resolveDump(m);
        };
        proc.on('message', onMessage);
        proc.send({ probe: 'dump' });
      }),
  };
}

const stdio: ('ignore' | 'pipe' | 'ipc')[] = ['ignore', 'pipe', 'pipe', 'ipc'];

async function startProbedUpstream(): Promise<Probed> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', PROBE, 'test/fixtures/fake-upstream.ts'],
    {
      stdio,
    },
  );
  return probed(proc, await firstLine(proc, 'fake upstream'));
}

async function startProbedBastion(upstream: string, db: string): Promise<Probed & { key: string }> {
  const entry = await bundleBastion();
  const extra = (opt('--node-flags') ?? '').split(' ').filter(Boolean);
  const proc = spawn(
    process.execPath,
    [...serveNodeFlags(), ...extra, '--import', PROBE, entry, `${upstream}/v1`, db],
    {
      stdio,
      env: serveEnv({ BENCH_COUNTERS: counters }),
    },
  );
  // With --stdout FILE, everything the server prints (e.g. with --node-flags --trace-gc-nvp) also goes there.
  const file = opt('--stdout');
  if (file) proc.stdout?.pipe(createWriteStream(file));
  const line = await firstLine(proc, 'bastion', /^\{"url"/);
  const { url, key } = JSON.parse(line) as { url: string; key: string };
  return { ...probed(proc, url), key };
}

const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
  ...(stream ? { stream: true } : {}),
});

// The client's own GCs (this process), on the same clock as the probes.
const clientGcs: [number, number, string][] = [];
let recordGcs = false;
const perfOffsetUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
new PerformanceObserver((list) => {
  if (!recordGcs) return;
  for (const e of list.getEntries()) {
    const kind = (e as { detail?: { kind?: number } }).detail?.kind;
    clientGcs.push([
      perfOffsetUs + e.startTime * 1000,
      e.duration * 1000,
      kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'scavenge' : 'other',
    ]);
  }
}).observe({ entryTypes: ['gc'] });

/** Closed loop at c=1 for `ms`: [start, end] of each request, µs on the monotonic clock. */
async function c1(origin: string, headers: Record<string, string>, ms: number): Promise<Sample[]> {
  const pool = new Pool(origin, { connections: 1, pipelining: 1, keepAliveTimeout: 30_000 });
  const all = { 'content-type': 'application/json', ...headers };
  const out: Sample[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = process.hrtime.bigint();
    const res = await pool.request({ method: 'POST', path: '/v1/chat/completions', headers: all, body });
    for await (const chunk of res.body) void chunk;
    if (res.statusCode !== 200) throw new Error(`status ${res.statusCode} from ${origin}`);
    out.push([Number(t0 / 1000n), Number(process.hrtime.bigint() / 1000n)]);
  }
  await pool.close();
  return out;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};
const lat = (samples: Sample[]): number[] => samples.map(([a, b]) => (b - a) / 1000);

const dir = mkdtempSync(join(tmpdir(), 'bastion-tail-'));
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});
const load0 = loadavg();
const upstream = await startProbedUpstream();
children.push(upstream.proc);
const bare = await startBareProxy(upstream.url);
children.push(bare.child.process);
const bastion = await startProbedBastion(upstream.url, join(dir, 'tail.db'));
children.push(bastion.proc);

const warm = (origin: string, headers: Record<string, string>) =>
  runLoad({ name: 'warm', origin, path: '/v1/chat/completions', headers }, body, {
    concurrency: 8,
    durationMs: warmMs,
  });
const auth = { authorization: `Bearer ${bastion.key}` };
const summaries: unknown[] = [];
for (let round = 1; round <= rounds; round++) {
  await warm(upstream.url, {});
  const direct = lat(await c1(upstream.url, {}, seconds * 1000));
  await warm(bare.url, {});
  const viaBare = lat(await c1(bare.url, {}, seconds * 1000));
  await warm(bastion.url, auth);
  upstream.arm();
  bastion.arm();
  clientGcs.length = 0;
  recordGcs = true;
  const client = await c1(bastion.url, auth, seconds * 1000);
  recordGcs = false;
  const [gw, up] = [await bastion.dump(), await upstream.dump()];
  const d50 = pct(direct, 50);
  const d99 = pct(direct, 99);
  const b = lat(client);
  process.stdout.write(
    `\nround ${round} (${stream ? 'streaming' : 'non-streaming'}, ${counters} counters, ${seconds} s at c=1 each, load ${loadavg()[0]?.toFixed(2)}):\n` +
      `  direct      p50 ${d50.toFixed(3)} p99 ${d99.toFixed(3)} ms (${direct.length} requests)\n` +
      `  bare proxy  p50 ${pct(viaBare, 50).toFixed(3)} p99 ${pct(viaBare, 99).toFixed(3)} ms, added ${(pct(viaBare, 50) - d50).toFixed(3)} / ${(pct(viaBare, 99) - d99).toFixed(3)}\n` +
      `  bastion     p50 ${pct(b, 50).toFixed(3)} p99 ${pct(b, 99).toFixed(3)} ms, added ${(pct(b, 50) - d50).toFixed(3)} / ${(pct(b, 99) - d99).toFixed(3)} (${b.length} requests)\n`,
  );
  const report = attribute(client, gw, up, clientGcs);
  process.stdout.write(report.text);
  summaries.push({
    round,
    direct: { p50: d50, p99: d99 },
    bare: { p50: pct(viaBare, 50), p99: pct(viaBare, 99) },
    bastion: { p50: pct(b, 50), p99: pct(b, 99) },
    attribution: report.table,
  });
}
process.stdout.write(
  `\nload average before ${load0.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify({ stream, counters, seconds, summaries }, null, 2));
process.exit(0);
