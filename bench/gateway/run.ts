/**
 * `npm run bench:gateway`: the same fake upstream reached directly, through Bastion (auth, limits, audit on; one
 * process, and `npm start -- --workers 2`), and through Portkey's open-source gateway, in one run. Reports added latency at concurrency 1, requests/s and
 * p99 at concurrency 32, streaming and not, peak RSS, and the ratios against Portkey.
 * Options: --quick (shorter phases), --json FILE; --npm-start-sweep [--semi-space LIST] [--runtime LIST] [--rounds N]
 * compares `npm start` variants instead (npm-start-sweep.ts).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVING_HEAP_GROWING_PERCENT } from '../../src/gateway/heap-tuning.js';
import { runLoad, type LoadResult, type Target } from './load.js';
import { runNpmStartSweep } from './npm-start-sweep.js';
import {
  bundleBastion,
  startBareProxy,
  serveEnv,
  serveNodeFlags,
  startBastion,
  startBastionServe,
  startPortkey,
  startUpstream,
  PORTKEY_VERSION,
  type Child,
} from './servers.js';

const quick = process.argv.includes('--quick');
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : 'reports/bench-gateway.json';
const PHASE = quick ? { warm: 500, c1: 1500, c32: 2500 } : { warm: 1000, c1: 4000, c32: 6000 };
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const body = (stream: boolean): string =>
  JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
    max_tokens: 64,
    ...(stream ? { stream: true } : {}),
  });

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

async function sweep(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-'));
  const children: Child[] = [];
  try {
    const report = await runNpmStartSweep(
      {
        semiSpaces: (option('--semi-space') ?? 'default').split(','),
        runtimes: (option('--runtime') ?? 'dist').split(','),
        rounds: Number(option('--rounds') ?? 3),
        phase: PHASE,
        body,
        dir,
      },
      children,
    );
    process.stdout.write(report + '\n');
  } finally {
    for (const c of children) c.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'bastion-bench-'));
  const children: Child[] = [];
  try {
    const upstream = await startUpstream();
    children.push(upstream.child);
    const entry = await bundleBastion();
    const bastion = await startBastion(
      'bastion',
      entry,
      `${upstream.url}/v1`,
      join(dir, 'bench.db'),
      'memory',
    );
    children.push(bastion.child);
    const bastionSqlite = await startBastion(
      'bastion-sqlite',
      entry,
      `${upstream.url}/v1`,
      join(dir, 'bench2.db'),
      'sqlite',
    );
    children.push(bastionSqlite.child);
    // Bastion exactly as users run it (npm start → scripts/start.sh → bastion serve from dist/): one process, and
    // `--workers 2` (a primary and two workers sharing the port; Portkey as shipped is one process).
    const bastionServe = await startBastionServe('bastion-npm-start', `${upstream.url}/v1`, dir);
    children.push(bastionServe.child);
    const bastionWorkers = await startBastionServe('bastion-workers-2', `${upstream.url}/v1`, dir, {}, [
      '--workers',
      '2',
    ]);
    children.push(bastionWorkers.child);
    const bare = await startBareProxy(upstream.url);
    children.push(bare.child);
    const portkey = await startPortkey();
    children.push(portkey.child);

    // The process serving each target, for its CPU time per request (a figure a busy machine distorts far less
    // than requests/s: it counts the work, not the waiting for a core).
    const servedBy: Record<string, Child> = {
      direct: upstream.child,
      'bare-proxy': bare.child,
      bastion: bastion.child,
      'bastion-sqlite': bastionSqlite.child,
      'bastion-npm-start': bastionServe.child,
      'bastion-workers-2': bastionWorkers.child,
      portkey: portkey.child,
    };
    const targets: Target[] = [
      { name: 'direct', origin: upstream.url, path: '/v1/chat/completions', headers: {} },
      { name: 'bare-proxy', origin: bare.url, path: '/v1/chat/completions', headers: {} },
      {
        name: 'bastion',
        origin: bastion.url,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${bastion.key}` },
      },
      {
        name: 'bastion-sqlite',
        origin: bastionSqlite.url,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${bastionSqlite.key}` },
      },
      {
        name: 'bastion-npm-start',
        origin: bastionServe.url,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${bastionServe.key}` },
      },
      {
        name: 'bastion-workers-2',
        origin: bastionWorkers.url,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${bastionWorkers.key}` },
      },
      {
        name: 'portkey',
        origin: portkey.url,
        path: '/v1/chat/completions',
        headers: {
          authorization: 'Bearer bench-upstream-key',
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': `${upstream.url}/v1`,
        },
      },
    ];

    const results: Record<
      string,
      Record<string, { c1: LoadResult; c32: LoadResult; cpuUsPerRequest: number }>
    > = {};
    for (const mode of ['non-streaming', 'streaming'] as const) {
      results[mode] = {};
      for (const target of targets) {
        const payload = body(mode === 'streaming');
        await runLoad(target, payload, { concurrency: 8, durationMs: PHASE.warm });
        const c1 = await runLoad(target, payload, { concurrency: 1, durationMs: PHASE.c1 });
        const server = servedBy[target.name] as Child;
        const cpu0 = server.cpuMs();
        const c32 = await runLoad(target, payload, { concurrency: 32, durationMs: PHASE.c32 });
        const cpuUsPerRequest = ((server.cpuMs() - cpu0) * 1000) / Math.max(1, c32.requests + c32.errors);
        for (const r of [c1, c32]) {
          if (r.errors > 0)
            process.stderr.write(`${target.name} ${mode}: ${r.errors} errors, first: ${r.firstError}\n`);
        }
        (results[mode] as Record<string, { c1: LoadResult; c32: LoadResult; cpuUsPerRequest: number }>)[
          target.name
        ] = { c1, c32, cpuUsPerRequest };
        process.stderr.write(
          `${mode} ${target.name}: c1 p50 ${fmt(c1.p50, 3)} ms, c32 ${fmt(c32.rps, 0)} req/s, ${fmt(cpuUsPerRequest, 0)} µs CPU/request\n`,
        );
      }
    }

    const rss = Object.fromEntries(children.map((c) => [c.name, c.peakRssMiB()]));
    const loadAfter = loadavg();
    const lines: string[] = [];
    lines.push(
      `Gateway benchmark (${cpus().length} CPUs; load average before ${loadBefore.map((l) => fmt(l)).join(' ')}, after ${loadAfter.map((l) => fmt(l)).join(' ')})`,
    );
    lines.push(
      `Portkey @portkey-ai/gateway ${PORTKEY_VERSION} --headless. Bastion: key auth, rpm/tpm/daily-budget limits (memory counters; bastion-sqlite: SQLite counters), default input+output guards, SQLite hash-chained audit (audit and counter writes of one event-loop turn share one transaction); the heap policy bastion serve applies (V8 heap-growing-percent ${SERVING_HEAP_GROWING_PERCENT}) and the node flags npm start uses (${serveNodeFlags().join(' ') || 'none: NODE_OPTIONS sets the young generation'}, MALLOC_ARENA_MAX=${serveEnv({}).MALLOC_ARENA_MAX ?? ''}), read from scripts/start.sh.`,
    );
    lines.push('');
    lines.push(
      '| mode | target | c=1 p50 ms | c=1 p99 ms | added p50 ms | added p99 ms | c=32 req/s | c=32 p99 ms | c=32 server CPU µs/req | errors |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    const summary: Record<string, unknown> = {};
    for (const [mode, byTarget] of Object.entries(results)) {
      const direct = byTarget.direct as { c1: LoadResult; c32: LoadResult };
      for (const [name, r] of Object.entries(byTarget)) {
        const added50 = name === 'direct' ? 0 : r.c1.p50 - direct.c1.p50;
        const added99 = name === 'direct' ? 0 : r.c1.p99 - direct.c1.p99;
        lines.push(
          `| ${mode} | ${name} | ${fmt(r.c1.p50, 3)} | ${fmt(r.c1.p99, 3)} | ${name === 'direct' ? '—' : fmt(added50, 3)} | ${name === 'direct' ? '—' : fmt(added99, 3)} | ${fmt(r.c32.rps, 0)} | ${fmt(r.c32.p99, 2)} | ${fmt(r.cpuUsPerRequest, 0)} | ${r.c1.errors + r.c32.errors} |`,
        );
      }
      const b = byTarget.bastion as { c1: LoadResult; c32: LoadResult; cpuUsPerRequest: number };
      const p = byTarget.portkey as { c1: LoadResult; c32: LoadResult; cpuUsPerRequest: number };
      summary[mode] = {
        bastionAddedP50Ms: b.c1.p50 - direct.c1.p50,
        bastionAddedP99Ms: b.c1.p99 - direct.c1.p99,
        portkeyAddedP50Ms: p.c1.p50 - direct.c1.p50,
        portkeyAddedP99Ms: p.c1.p99 - direct.c1.p99,
        rpsRatioBastionOverPortkey: b.c32.rps / p.c32.rps,
        rpsRatioBastionSqliteOverPortkey: (byTarget['bastion-sqlite']?.c32.rps ?? NaN) / p.c32.rps,
        p99RatioPortkeyOverBastion: p.c32.p99 / b.c32.p99,
        cpuRatioPortkeyOverBastion: p.cpuUsPerRequest / b.cpuUsPerRequest,
        cpuRatioPortkeyOverBastionSqlite:
          p.cpuUsPerRequest / (byTarget['bastion-sqlite']?.cpuUsPerRequest ?? NaN),
      };
    }
    lines.push('');
    lines.push(
      `Peak RSS (MiB): ${Object.entries(rss)
        .map(([name, mib]) => `${name} ${fmt(mib, 1)}`)
        .join(
          ', ',
        )} (bastion/bastion-sqlite: the esbuild bundle of the same sources on plain node with npm start's node flags; bastion-npm-start: \`npm start\` itself, i.e. scripts/start.sh → bin/bastion.js serve from dist/, SQLite counters, started in ${fmt(bastionServe.startMs, 0)} ms)`,
    );
    lines.push(
      `bastion-workers-2: \`npm start -- --workers 2\` (primary + 2 workers, one port, one SQLite file); CPU per request and peak RSS are summed over its ${(bastionWorkers.child as Child & { processes?: () => number }).processes?.() ?? 3} processes (RSS: the sum of each process's own peak)`,
    );
    for (const mode of Object.keys(results)) {
      const byTarget = results[mode] as Record<string, { c32: LoadResult; cpuUsPerRequest: number }>;
      const one = byTarget['bastion-npm-start'];
      const two = byTarget['bastion-workers-2'];
      const p = byTarget.portkey;
      if (!one || !two || !p) continue;
      lines.push(
        `${mode}: --workers 2 ${fmt(two.c32.rps, 0)} req/s vs one process ${fmt(one.c32.rps, 0)} (${fmt(two.c32.rps / one.c32.rps, 2)}×), ${fmt(two.c32.rps / p.c32.rps, 1)}× Portkey; CPU ${fmt(two.cpuUsPerRequest, 0)} vs ${fmt(one.cpuUsPerRequest, 0)} µs/request`,
      );
    }
    for (const [mode, s] of Object.entries(summary) as [string, Record<string, number>][]) {
      lines.push(
        `${mode}: Bastion adds p50 ${fmt(s.bastionAddedP50Ms ?? NaN, 3)} ms / p99 ${fmt(s.bastionAddedP99Ms ?? NaN, 3)} ms (Portkey ${fmt(s.portkeyAddedP50Ms ?? NaN, 3)} / ${fmt(s.portkeyAddedP99Ms ?? NaN, 3)}); c=32 throughput ${fmt(s.rpsRatioBastionOverPortkey ?? NaN, 1)}× Portkey (${fmt(s.rpsRatioBastionSqliteOverPortkey ?? NaN, 1)}× with SQLite counters), p99 ${fmt(s.p99RatioPortkeyOverBastion ?? NaN, 1)}× lower; Portkey spends ${fmt(s.cpuRatioPortkeyOverBastion ?? NaN, 1)}× Bastion's CPU per request (${fmt(s.cpuRatioPortkeyOverBastionSqlite ?? NaN, 1)}× with SQLite counters)`,
      );
    }
    const report = lines.join('\n');
    process.stdout.write(report + '\n');
    if (jsonFile) {
      mkdirSync('reports', { recursive: true });
      writeFileSync(
        jsonFile,
        JSON.stringify({ loadBefore, loadAfter, phasesMs: PHASE, results, summary, rssMiB: rss }, null, 2),
      );
    }
  } finally {
    for (const c of children) c.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await (process.argv.includes('--npm-start-sweep') ? sweep() : main());
