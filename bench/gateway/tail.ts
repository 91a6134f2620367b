/**
 * Where the slow requests at concurrency 1 lose their time: `npx tsx bench/gateway/tail.ts [--stream] [--memory]
 * [--seconds N] [--rounds N] [--warm MS] [--base REF [--overlay PATHS]] [--neighbour] [--no-sched] [--brief] [--json FILE]
 * [--node-flags "FLAGS" [--stdout FILE]] [--b-node-flags "FLAGS"]`.
 *
 * Starts, as `npm run bench:gateway` does, the fake upstream, the bare pass-through proxy and the Bastion bench
 * bundle (npm start's node flags and environment), each in its own process; the upstream and Bastion are preloaded
 * with tail-probe.mjs, which stamps every request they serve on the system-wide monotonic clock and records their
 * GCs, SQLite transactions, WAL checkpoints and main-thread scheduling (on CPU / waiting in the run queue). This
 * process is the closed-loop c=1 client (as in the benchmark) and records its own GCs. Each round runs direct, bare
 * proxy and Bastion in turn (a warm-up at c=8, then N s at c=1), so the added latency of both proxies comes from the
 * same minute. Every client request is lined up with the gateway's and the upstream's record of it, and the slowest
 * 1 % (and 2 %) are attributed to the component that exceeded its median by the most. With `--base REF` two
 * Bastions run: A = REF's tree, B = REF plus the working tree's OVERLAY (default src/store), alternated per round;
 * the end prints medians over the rounds. `--node-flags` adds node flags to Bastion (e.g. --trace-gc-nvp, whose
 * output `--stdout FILE` keeps), `--b-node-flags` to side B only (with `--overlay ""` both sides run REF's tree).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Pool } from 'undici';
import { argv, opt } from '../args.js';
import { runLoad } from './load.js';
import { AB_OUT_DIR, buildAbSides, bundleForNode, parseOverlay } from './ab-trees.js';
import { bundleBastion, serveEnv, serveNodeFlags, startBareProxy } from './servers.js';
import { attribute, type Dump, type Sample } from './tail-attribution.js';

const PROBE = resolve('bench/gateway/tail-probe.mjs');
const stream = argv.includes('--stream');
const seconds = Number(opt('--seconds') ?? 4);
const rounds = Number(opt('--rounds') ?? 1);
const warmMs = Number(opt('--warm') ?? 1000);
const counters = argv.includes('--memory') ? 'memory' : 'sqlite';
// --no-sched: the probes skip their per-request /proc reads (cleaner latency, no CPU / run-queue split).
if (argv.includes('--no-sched')) process.env.TAIL_PROBE_SCHED = '0';

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

async function startProbedBastion(
  entry: string,
  upstream: string,
  db: string,
  name: string,
): Promise<Probed & { key: string }> {
  // --b-node-flags: node flags for side B only (an A/B of a flag on one tree: --base REF --overlay "").
  const flags = `${opt('--node-flags') ?? ''} ${name === 'B' ? (opt('--b-node-flags') ?? '') : ''}`;
  const extra = flags.split(' ').filter(Boolean);
  const proc = spawn(
    process.execPath,
    [...serveNodeFlags(), ...extra, '--import', PROBE, entry, `${upstream}/v1`, db],
    {
      stdio,
      env: serveEnv({ BENCH_COUNTERS: counters }),
    },
  );
  // With --stdout FILE, everything the server prints (e.g. with --node-flags --trace-gc-nvp) also goes there; with
  // --base, each side to its own FILE.A / FILE.B.
  const file = opt('--stdout');
  if (file) proc.stdout?.pipe(createWriteStream(base ? `${file}.${name}` : file));
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
// --base REF: A = REF's tree, B = REF plus the working tree's src/store (this area's change alone), each its own
// Bastion process, alternated A/B, B/A round by round. Without it: the working tree only.
const base = opt('--base');
const entries: Record<string, string> = base
  ? await buildAbSides({ base, overlay: parseOverlay(opt('--overlay') ?? 'src/store') }, (root, name) =>
      bundleForNode(
        { entryPoints: [join(root, 'bench/gateway/bastion-server.ts')] },
        join(AB_OUT_DIR, `tail-${name}.mjs`),
      ),
    )
  : { bastion: await bundleBastion() };
const sides: Record<string, Probed & { key: string }> = {};
for (const [name, entry] of Object.entries(entries)) {
  sides[name] = await startProbedBastion(entry, upstream.url, join(dir, `${name}.db`), name);
  children.push((sides[name] as Probed).proc);
}

// --neighbour: one more Bastion that serves c=32 for 6 s right before a side's warm-up, as the benchmark's previous
// target does (run.ts measures each target's c=1 right after the previous one's c=32): each side is then measured
// twice per round, alone and after the neighbour's burst.
const neighbour = argv.includes('--neighbour')
  ? await startProbedBastion(
      Object.values(entries)[0] as string,
      upstream.url,
      join(dir, 'neighbour.db'),
      'neighbour',
    )
  : undefined;
if (neighbour) children.push(neighbour.proc);

const warm = (origin: string, headers: Record<string, string>) =>
  runLoad({ name: 'warm', origin, path: '/v1/chat/completions', headers }, body, {
    concurrency: 8,
    durationMs: warmMs,
  });
type Figures = { p50: number; p99: number; added50: number; added99: number };
const figures: Record<string, Figures[]> = { direct: [], bare: [] };
const causes: Record<string, Map<string, number>> = {};
const summaries: unknown[] = [];
for (let round = 1; round <= rounds; round++) {
  await warm(upstream.url, {});
  const direct = lat(await c1(upstream.url, {}, seconds * 1000));
  await warm(bare.url, {});
  const viaBare = lat(await c1(bare.url, {}, seconds * 1000));
  const d50 = pct(direct, 50);
  const d99 = pct(direct, 99);
  const fig = (xs: number[]): Figures => ({
    p50: pct(xs, 50),
    p99: pct(xs, 99),
    added50: pct(xs, 50) - d50,
    added99: pct(xs, 99) - d99,
  });
  figures.direct?.push(fig(direct));
  figures.bare?.push(fig(viaBare));
  process.stdout.write(
    `\nround ${round} (${stream ? 'streaming' : 'non-streaming'}, ${counters} counters, ${seconds} s at c=1 each, load ${loadavg()[0]?.toFixed(2)}):\n` +
      `  direct      p50 ${d50.toFixed(3)} p99 ${d99.toFixed(3)} ms (${direct.length} requests)\n` +
      `  bare proxy  p50 ${pct(viaBare, 50).toFixed(3)} p99 ${pct(viaBare, 99).toFixed(3)} ms, added ${(pct(viaBare, 50) - d50).toFixed(3)} / ${(pct(viaBare, 99) - d99).toFixed(3)}\n`,
  );
  const names = Object.keys(sides);
  const runs = (round % 2 === 0 ? names.reverse() : names).flatMap((name) =>
    neighbour
      ? [
          [name, name],
          [`${name} after neighbour`, name],
        ]
      : [[name, name]],
  );
  for (const [name, sideName] of runs as [string, string][]) {
    const side = sides[sideName] as Probed & { key: string };
    const auth = { authorization: `Bearer ${side.key}` };
    if (neighbour && name !== sideName)
      await runLoad(
        {
          name: 'neighbour',
          origin: neighbour.url,
          path: '/v1/chat/completions',
          headers: { authorization: `Bearer ${neighbour.key}` },
        },
        body,
        { concurrency: 32, durationMs: 6000 },
      );
    await warm(side.url, auth);
    upstream.arm();
    side.arm();
    clientGcs.length = 0;
    recordGcs = true;
    const client = await c1(side.url, auth, seconds * 1000);
    recordGcs = false;
    const [gw, up] = [await side.dump(), await upstream.dump()];
    const f = fig(lat(client));
    (figures[name] ??= []).push(f);
    process.stdout.write(
      `  ${name.padEnd(11)} p50 ${f.p50.toFixed(3)} p99 ${f.p99.toFixed(3)} ms, added ${f.added50.toFixed(3)} / ${f.added99.toFixed(3)} (${client.length} requests)\n`,
    );
    const report = attribute(client, gw, up, clientGcs);
    if (!argv.includes('--brief')) process.stdout.write(report.text);
    const tally = (causes[name] ??= new Map());
    for (const c of report.table[0]?.causes ?? []) tally.set(c.cause, (tally.get(c.cause) ?? 0) + c.count);
    summaries.push({
      round,
      side: name,
      direct: { p50: d50, p99: d99 },
      figures: f,
      attribution: report.table,
    });
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
process.stdout.write(`\nmedians over ${rounds} round(s), ms:        p50     p99   added p50   added p99\n`);
for (const [name, fs] of Object.entries(figures))
  process.stdout.write(
    `  ${name.padEnd(28)} ${median(fs.map((f) => f.p50)).toFixed(3)}   ${median(fs.map((f) => f.p99)).toFixed(3)}   ${
      name === 'direct'
        ? '      -'
        : median(fs.map((f) => f.added50))
            .toFixed(3)
            .padStart(7)
    }     ${
      name === 'direct'
        ? '      -'
        : median(fs.map((f) => f.added99))
            .toFixed(3)
            .padStart(7)
    }\n`,
  );
for (const [name, tally] of Object.entries(causes)) {
  process.stdout.write(`slowest 1 % of ${name}, all rounds, by cause:\n`);
  for (const [cause, n] of [...tally].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${String(n).padStart(4)} x ${cause}\n`);
}
process.stdout.write(
  `\nload average before ${load0.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
const json = opt('--json');
if (json) writeFileSync(json, JSON.stringify({ stream, counters, seconds, summaries }, null, 2));
process.exit(0);
