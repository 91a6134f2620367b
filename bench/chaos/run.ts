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
import { download, echoRtts, httpRps, httpRtts, median, pct } from './load.js';
import { cpuUs, selfCpuUs, start, stopAll } from './procs.js';

const quick = process.argv.includes('--quick');
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 5));
const sizes = quick
  ? { echo: 1500, http: 500, bulkMiB: 128, rpsMs: 1000 }
  : { echo: 3000, http: 1000, bulkMiB: 512, rpsMs: 2000 };
const TARGET_ADDED_P50_US = 50;
const TARGET_THROUGHPUT_PCT = 90;

type Procs = { client: number; upstream: number; proxy: number };

async function main(): Promise<void> {
  const load0 = loadavg();
  const startedAt = new Date();
  const up = await start([process.execPath, '--import', 'tsx', 'bench/chaos/upstream.ts'], /^(\{.*\})$/);
  const ports = JSON.parse(up.line) as { echo: number; source: number; http: number };
  const proxy = await start(
    [process.execPath, 'bin/bastion.js', 'chaos', 'proxy', '--port', '0'],
    /API on (http:\/\/\S+)/,
  );
  const proxied: Record<string, number> = {};
  for (const [name, port] of Object.entries(ports)) {
    const res = await fetch(`${proxy.line}/proxies`, {
      method: 'POST',
      body: JSON.stringify({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${port}` }),
    });
    proxied[name] = Number(((await res.json()) as { listen: string }).listen.split(':').pop());
  }
  const via = { echo: proxied.echo ?? 0, source: proxied.source ?? 0, http: proxied.http ?? 0 };
  const cpu = (): Procs => ({
    client: selfCpuUs(),
    upstream: cpuUs(up.process.pid),
    proxy: cpuUs(proxy.process.pid),
  });
  const cpuTotals = {
    bulk: { direct: zero(), proxied: zero(), mib: { direct: 0, proxied: 0 } },
    rps: { direct: zero(), proxied: zero(), n: { direct: 0, proxied: 0 } },
  };
  /** Runs `fn` and adds the CPU each process spent meanwhile to `into`. */
  const metered = async <T>(into: Procs, fn: () => Promise<T>): Promise<T> => {
    const a = cpu();
    const out = await fn();
    const b = cpu();
    into.client += b.client - a.client;
    into.upstream += b.upstream - a.upstream;
    into.proxy += b.proxy - a.proxy;
    return out;
  };

  const r = {
    echoD: [] as number[],
    echoP: [] as number[],
    httpD: [] as number[],
    httpP: [] as number[],
    dlD: [] as number[],
    dlP: [] as number[],
    rpsD: [] as number[],
    rpsP: [] as number[],
  };
  // Warm-up (JIT, connection setup), then alternate direct and proxied rounds so drift hits both.
  await echoRtts(ports.echo, 2000);
  await echoRtts(via.echo, 2000);
  await httpRtts(ports.http, 500);
  await httpRtts(via.http, 500);
  await download(ports.source, 64 * 1024 * 1024);
  await download(via.source, 64 * 1024 * 1024);
  const bulkBytes = sizes.bulkMiB * 1024 * 1024;
  for (let i = 0; i < rounds; i++) {
    r.echoD.push(...(await echoRtts(ports.echo, sizes.echo)));
    r.echoP.push(...(await echoRtts(via.echo, sizes.echo)));
    r.httpD.push(...(await httpRtts(ports.http, sizes.http)));
    r.httpP.push(...(await httpRtts(via.http, sizes.http)));
    r.dlD.push(await metered(cpuTotals.bulk.direct, () => download(ports.source, bulkBytes)));
    r.dlP.push(await metered(cpuTotals.bulk.proxied, () => download(via.source, bulkBytes)));
    cpuTotals.bulk.mib.direct += sizes.bulkMiB;
    cpuTotals.bulk.mib.proxied += sizes.bulkMiB;
    const d = await metered(cpuTotals.rps.direct, () => httpRps(ports.http, sizes.rpsMs, 16));
    const p = await metered(cpuTotals.rps.proxied, () => httpRps(via.http, sizes.rpsMs, 16));
    r.rpsD.push(d.rps);
    r.rpsP.push(p.rps);
    cpuTotals.rps.n.direct += d.requests;
    cpuTotals.rps.n.proxied += p.requests;
    process.stderr.write(`round ${i + 1}/${rounds}\n`);
  }
  const load1 = loadavg();

  const us = (x: number) => `${x.toFixed(1)} µs`;
  const added = (a: number[], b: number[], p: number) => pct(b, p) - pct(a, p);
  const ratio = (a: number[], b: number[]) => (100 * median(b)) / median(a);
  const addedEcho = added(r.echoD, r.echoP, 50);
  const addedHttp = added(r.httpD, r.httpP, 50);
  const bulkPct = ratio(r.dlD, r.dlP);
  const rpsPct = ratio(r.rpsD, r.rpsP);
  const rows = [
    ['TCP echo 64 B round trip p50', us(median(r.echoD)), us(median(r.echoP)), `+${us(addedEcho)}`],
    [
      'TCP echo 64 B round trip p99',
      us(pct(r.echoD, 99)),
      us(pct(r.echoP, 99)),
      `${signed(added(r.echoD, r.echoP, 99))}`,
    ],
    ['HTTP keep-alive request p50', us(median(r.httpD)), us(median(r.httpP)), `+${us(addedHttp)}`],
    [
      'HTTP keep-alive request p99',
      us(pct(r.httpD, 99)),
      us(pct(r.httpP, 99)),
      `${signed(added(r.httpD, r.httpP, 99))}`,
    ],
    [
      `bulk download MiB/s, 1 connection (median of ${rounds} × ${sizes.bulkMiB} MiB)`,
      median(r.dlD).toFixed(0),
      median(r.dlP).toFixed(0),
      `${bulkPct.toFixed(1)} % of direct`,
    ],
    [
      `HTTP req/s, 16 connections (median of ${rounds} × ${sizes.rpsMs / 1000} s)`,
      median(r.rpsD).toFixed(0),
      median(r.rpsP).toFixed(0),
      `${rpsPct.toFixed(1)} % of direct`,
    ],
  ];
  const perMiB = (c: Procs, n: number) =>
    `${(c.client / n).toFixed(0)} / ${(c.upstream / n).toFixed(0)} / ${(c.proxy / n).toFixed(0)}`;
  const perReq = (c: Procs, n: number) =>
    `${(c.client / n).toFixed(1)} / ${(c.upstream / n).toFixed(1)} / ${(c.proxy / n).toFixed(1)}`;
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');

  const out: string[] = [];
  out.push(
    `\nbastion chaos proxy, no toxics, vs direct — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `${rounds} rounds${quick ? ' (--quick)' : ''}, node ${process.version}, load average ${fmtLoad(load0)} → ${fmtLoad(load1)}\n`,
  );
  out.push('| measure | direct | via fault proxy | overhead |', '|---|---:|---:|---:|');
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  out.push(
    '',
    'CPU time per unit of work, load generator / upstream / fault proxy (user + kernel, from /proc; 10 ms ticks):',
    '',
    '| workload | direct | via fault proxy |',
    '|---|---:|---:|',
    `| bulk download, µs per MiB | ${perMiB(cpuTotals.bulk.direct, cpuTotals.bulk.mib.direct)} | ${perMiB(cpuTotals.bulk.proxied, cpuTotals.bulk.mib.proxied)} |`,
    `| HTTP at concurrency 16, µs per request | ${perReq(cpuTotals.rps.direct, cpuTotals.rps.n.direct)} | ${perReq(cpuTotals.rps.proxied, cpuTotals.rps.n.proxied)} |`,
    '',
    'Targets (no toxics):',
    `- added p50 ≤ ${TARGET_ADDED_P50_US} µs: TCP ${verdict(addedEcho <= TARGET_ADDED_P50_US)} (+${us(addedEcho)}), HTTP ${verdict(addedHttp <= TARGET_ADDED_P50_US)} (+${us(addedHttp)})`,
    `- throughput ≥ ${TARGET_THROUGHPUT_PCT} % of direct: bulk bytes/s ${verdict(bulkPct >= TARGET_THROUGHPUT_PCT)} (${bulkPct.toFixed(1)} %), ` +
      `small requests/s ${verdict(rpsPct >= TARGET_THROUGHPUT_PCT)} (${rpsPct.toFixed(1)} %)`,
    '',
    'Toxiproxy side by side: not run — no Debian package, and its Go source is not reachable from this machine.',
  );
  console.log(out.join('\n'));
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
