/**
 * `npm run bench:chaos [-- --quick]`: the fault proxy's pass-through overhead with no toxics, against a
 * direct connection, on the same machine in the same minute. Upstreams, the proxy (`bastion chaos
 * proxy`) and this load generator each run in their own process, as in real use.
 *   - added round-trip latency, p50 and p99 (TCP echo of 64 bytes; HTTP keep-alive request)
 *   - throughput, two ways: bulk bytes/s through one connection (what a bandwidth-minded Toxiproxy
 *     user sees) and small HTTP requests/s at concurrency 16 (what an LLM gateway's traffic looks like)
 *   - CPU time per request / per MiB of each process, from /proc, which explains the throughput
 *     ratios on a small shared machine better than wall-clock numbers alone
 * Peer: real Toxiproxy cannot run here (see BENCHMARKS.md), so the side-by-side peer is the direct
 * connection. Env: BENCH_ROUNDS (default 5; 2 with --quick).
 */
import { loadavg } from 'node:os';
import { download, echoClient, httpClient, httpRps, median, pct, type RttClient } from './load.js';
import { cpuUs, selfCpuUs, start, stopAll } from './procs.js';

const quick = process.argv.includes('--quick');
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5));
const sizes = quick
  ? { echo: 1500, http: 500, bulkMiB: 128, rpsMs: 1000 }
  : { echo: 3000, http: 1000, bulkMiB: 512, rpsMs: 2000 };
const TARGET_ADDED_P50_US = 50;
const TARGET_THROUGHPUT_PCT = 90;

type Procs = { client: number; upstream: number; proxy: number };
type Ports = { echo: number; source: number; http: number };
type Target = 'direct' | 'pipe' | 'bastion';
const TARGETS: Target[] = ['direct', 'pipe', 'bastion'];

interface Results {
  echo: number[];
  http: number[];
  bulk: number[];
  rps: number[];
  bulkCpu: Procs;
  bulkMiB: number;
  rpsCpu: Procs;
  requests: number;
}

async function main(): Promise<void> {
  const load0 = loadavg();
  const startedAt = new Date();
  const up = await start([process.execPath, '--import', 'tsx', 'bench/chaos/upstream.ts'], /^(\{.*\})$/);
  const direct = JSON.parse(up.line) as Ports;
  const proxy = await start(
    [process.execPath, 'bin/bastion.js', 'chaos', 'proxy', '--port', '0'],
    /API on (http:\/\/\S+)/,
  );
  const bastion = { ...direct };
  for (const name of Object.keys(direct) as (keyof Ports)[]) {
    const res = await fetch(`${proxy.line}/proxies`, {
      method: 'POST',
      body: JSON.stringify({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${direct[name]}` }),
    });
    bastion[name] = Number(((await res.json()) as { listen: string }).listen.split(':').pop());
  }
  const pipeProc = await start(
    [process.execPath, '--import', 'tsx', 'bench/chaos/pipe-proxy.ts', JSON.stringify(direct)],
    /^(\{.*\})$/,
  );
  const ports: Record<Target, Ports> = { direct, pipe: JSON.parse(pipeProc.line) as Ports, bastion };
  const hopPid: Record<Target, number | undefined> = {
    direct: undefined,
    pipe: pipeProc.process.pid,
    bastion: proxy.process.pid,
  };
  const res = Object.fromEntries(
    TARGETS.map((t) => [
      t,
      { echo: [], http: [], bulk: [], rps: [], bulkCpu: zero(), bulkMiB: 0, rpsCpu: zero(), requests: 0 },
    ]),
  ) as unknown as Record<Target, Results>;
  /** Runs `fn` and adds the CPU each process spent meanwhile to `into` (the hop: the proxy under test). */
  const metered = async <T>(t: Target, into: Procs, fn: () => Promise<T>): Promise<T> => {
    const cpu = (): Procs => ({
      client: selfCpuUs(),
      upstream: cpuUs(up.process.pid),
      proxy: cpuUs(hopPid[t]),
    });
    const a = cpu();
    const out = await fn();
    const b = cpu();
    into.client += b.client - a.client;
    into.upstream += b.upstream - a.upstream;
    into.proxy += b.proxy - a.proxy;
    return out;
  };

  // One kept-open connection per target for the latency runs (no connect time in the samples);
  // warm-up (JIT), then rounds that alternate the targets in small slices so drift hits all alike.
  const echo = {} as Record<Target, RttClient>;
  const http = {} as Record<Target, RttClient>;
  for (const t of TARGETS) {
    echo[t] = await echoClient(ports[t].echo);
    http[t] = httpClient(ports[t].http);
    await echo[t].rtts(2000);
    await http[t].rtts(500);
    await download(ports[t].source, 64 * 1024 * 1024);
  }
  const SLICES = 10;
  const bulkBytes = sizes.bulkMiB * 1024 * 1024;
  for (let i = 0; i < rounds; i++) {
    for (let slice = 0; slice < SLICES; slice++) {
      for (const t of TARGETS) res[t].echo.push(...(await echo[t].rtts(sizes.echo / SLICES)));
      for (const t of TARGETS) res[t].http.push(...(await http[t].rtts(sizes.http / SLICES)));
    }
    for (const t of TARGETS) {
      res[t].bulk.push(await metered(t, res[t].bulkCpu, () => download(ports[t].source, bulkBytes)));
      res[t].bulkMiB += sizes.bulkMiB;
    }
    for (const t of TARGETS) {
      const r = await metered(t, res[t].rpsCpu, () => httpRps(ports[t].http, sizes.rpsMs, 16));
      res[t].rps.push(r.rps);
      res[t].requests += r.requests;
    }
    process.stderr.write(`round ${i + 1}/${rounds}\n`);
  }
  const load1 = loadavg();
  for (const t of TARGETS) {
    await echo[t].close();
    await http[t].close();
  }

  const us = (x: number) => `${x.toFixed(1)} µs`;
  const d = res.direct;
  const b = res.bastion;
  const p = res.pipe;
  const addedEcho = median(b.echo) - median(d.echo);
  const addedHttp = median(b.http) - median(d.http);
  // Paired: each round measured direct and proxied back to back, so the per-round ratio cancels the
  // slow drift of a shared machine's load; the verdict takes the median of those ratios.
  const share = (x: number[], y: number[]) => median(x.map((xi, i) => (100 * (y[i] ?? 0)) / xi));
  const bulkPct = share(d.bulk, b.bulk);
  const rpsPct = share(d.rps, b.rps);
  const row = (name: string, f: (r: Results) => number, fmt: (x: number) => string, over: string) =>
    `| ${name} | ${fmt(f(d))} | ${fmt(f(p))} | ${fmt(f(b))} | ${over} |`;
  const p99 = (xs: number[]) => pct(xs, 99);
  const mibs = (x: number) => x.toFixed(0);
  const out: string[] = [];
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  out.push(
    `\nbastion chaos proxy, no toxics, vs direct and vs a bare Node pipe proxy — ` +
      `${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${rounds} rounds${quick ? ' (--quick)' : ''}, ` +
      `node ${process.version}, load average ${fmtLoad(load0)} → ${fmtLoad(load1)}\n`,
    '| measure | direct | bare pipe proxy | bastion fault proxy | bastion vs direct |',
    '|---|---:|---:|---:|---:|',
    row('TCP echo 64 B round trip p50', (r) => median(r.echo), us, `+${us(addedEcho)}`),
    row('TCP echo 64 B round trip p99', (r) => p99(r.echo), us, signed(p99(b.echo) - p99(d.echo))),
    row('HTTP keep-alive request p50', (r) => median(r.http), us, `+${us(addedHttp)}`),
    row('HTTP keep-alive request p99', (r) => p99(r.http), us, signed(p99(b.http) - p99(d.http))),
    row(
      `bulk download MiB/s, 1 connection (median of ${rounds} × ${sizes.bulkMiB} MiB)`,
      (r) => median(r.bulk),
      mibs,
      `${bulkPct.toFixed(1)} % of direct (paired)`,
    ),
    row(
      `HTTP req/s, 16 connections (median of ${rounds} × ${sizes.rpsMs / 1000} s)`,
      (r) => median(r.rps),
      mibs,
      `${rpsPct.toFixed(1)} % of direct (paired)`,
    ),
    '',
    'CPU time per unit of work — load generator / upstream / proxy hop (user + kernel, from /proc, 10 ms ticks):',
    '',
    '| workload | direct | bare pipe proxy | bastion fault proxy |',
    '|---|---:|---:|---:|',
    `| bulk download, µs per MiB | ${TARGETS.map((t) => perUnit(res[t].bulkCpu, res[t].bulkMiB, 0)).join(' | ')} |`,
    `| HTTP at concurrency 16, µs per request | ${TARGETS.map((t) => perUnit(res[t].rpsCpu, res[t].requests, 1)).join(' | ')} |`,
    '',
    'Targets (no toxics; bastion fault proxy vs direct):',
    `- added p50 ≤ ${TARGET_ADDED_P50_US} µs: TCP ${verdict(addedEcho <= TARGET_ADDED_P50_US)} (+${us(addedEcho)}), ` +
      `HTTP ${verdict(addedHttp <= TARGET_ADDED_P50_US)} (+${us(addedHttp)})`,
    `- throughput ≥ ${TARGET_THROUGHPUT_PCT} % of direct: bulk bytes/s ${verdict(bulkPct >= TARGET_THROUGHPUT_PCT)} ` +
      `(${bulkPct.toFixed(1)} %), small requests/s ${verdict(rpsPct >= TARGET_THROUGHPUT_PCT)} (${rpsPct.toFixed(1)} %)`,
    '',
    'Toxiproxy side by side: not run — no Debian package, and its Go source is not reachable from this machine.',
  );
  console.log(out.join('\n'));
}

function perUnit(c: Procs, n: number, digits: number): string {
  return [c.client, c.upstream, c.proxy].map((x) => (x / Math.max(1, n)).toFixed(digits)).join(' / ');
}
function zero(): Procs {
  return { client: 0, upstream: 0, proxy: 0 };
}
function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} µs`;
}
function verdict(ok: boolean): string {
  return ok ? 'MET' : 'NOT MET';
}

try {
  await main();
} finally {
  await stopAll();
}
