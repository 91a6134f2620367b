/**
 * One Bastion process against `--workers N`, alternated in rounds on the same fake upstream: requests/s and p99 at
 * concurrency C, and the CPU per request split by process (primary, each worker), so what a worker costs and buys on
 * this machine is measured, not assumed. Both run as users run them (`npm start`, SQLite store and counters).
 * Usage: npx tsx bench/gateway/workers-ab.ts [--workers 2] [--rounds 4] [--seconds 5] [--concurrency 32] [--stream]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { argv, opt } from '../args.js';
import { runLoad, type Target } from './load.js';
import { childPids, procCpuMs, startBastionServe, startUpstream, type Child } from './servers.js';

const workers = Number(opt('--workers') ?? 2);
const rounds = Number(opt('--rounds') ?? 4);
const seconds = Number(opt('--seconds') ?? 5);
const concurrency = Number(opt('--concurrency') ?? 32);
const stream = argv.includes('--stream');
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
  ...(stream ? { stream: true } : {}),
});
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};
const f = (n: number, d = 0): string => n.toFixed(d);

interface Row {
  rps: number;
  p99: number;
  cpuUs: number;
  primaryUs: number;
  perWorkerUs: number[];
  upstreamUs: number;
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-workers-ab-'));
const children: Child[] = [];
try {
  const upstream = await startUpstream();
  children.push(upstream.child);
  const base = `${upstream.url}/v1`;
  const one = await startBastionServe('one', base, dir);
  children.push(one.child);
  const many = await startBastionServe(`workers-${workers}`, base, dir, {}, ['--workers', String(workers)]);
  children.push(many.child);
  const servers = [
    { name: 'one process', s: one, cluster: false },
    { name: `--workers ${workers}`, s: many, cluster: true },
  ];
  const rows: Record<string, Row[]> = Object.fromEntries(servers.map((x) => [x.name, []]));
  const load0 = loadavg();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const { name, s, cluster } of order) {
      const target: Target = {
        name,
        origin: s.url,
        path: '/v1/chat/completions',
        headers: { authorization: `Bearer ${s.key}` },
      };
      await runLoad(target, body, { concurrency, durationMs: 1000 });
      const root = s.child.process.pid as number;
      const pids = [root, ...childPids(root)];
      const before = pids.map(procCpuMs);
      const up0 = upstream.child.cpuMs();
      const r = await runLoad(target, body, { concurrency, durationMs: seconds * 1000 });
      const after = pids.map(procCpuMs);
      const n = Math.max(1, r.requests);
      const us = pids.map((_, i) => (((after[i] as number) - (before[i] as number)) * 1000) / n);
      const [primaryUs = 0, ...perWorkerUs] = us;
      (rows[name] as Row[]).push({
        rps: r.rps,
        p99: r.p99,
        cpuUs: us.reduce((a, b) => a + b, 0),
        // A one-process server may have helper child processes too: all of it counts as its one "worker".
        primaryUs: cluster ? primaryUs : 0,
        perWorkerUs: cluster ? perWorkerUs : [us.reduce((a, b) => a + b, 0)],
        upstreamUs: ((upstream.child.cpuMs() - up0) * 1000) / n,
      });
      process.stderr.write(
        `round ${round + 1} ${name}: ${f(r.rps)} req/s, ${f(us.reduce((a, b) => a + b, 0))} µs CPU/req\n`,
      );
    }
  }
  const load1 = loadavg();
  const out: string[] = [
    `Workers A/B (${cpus().length} CPUs, ${stream ? 'streaming' : 'non-streaming'}, c=${concurrency}, ${rounds} rounds of ${seconds} s, alternated; load average before ${load0.map((l) => l.toFixed(2)).join(' ')}, after ${load1.map((l) => l.toFixed(2)).join(' ')})`,
    '',
    '| server | req/s (median) | p99 ms | server CPU µs/req | of which primary | per worker | upstream CPU µs/req |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, rs] of Object.entries(rows)) {
    const workersUs = (rs[0]?.perWorkerUs ?? []).map((_, i) =>
      median(rs.map((r) => r.perWorkerUs[i] ?? NaN)),
    );
    out.push(
      `| ${name} | ${f(median(rs.map((r) => r.rps)))} | ${f(median(rs.map((r) => r.p99)), 1)} | ${f(median(rs.map((r) => r.cpuUs)))} | ${f(median(rs.map((r) => r.primaryUs)))} | ${workersUs.map((w) => f(w)).join(' + ')} | ${f(median(rs.map((r) => r.upstreamUs)))} |`,
    );
  }
  const [a, b] = Object.values(rows) as [Row[], Row[]];
  out.push(
    '',
    `ratio --workers ${workers} / one process: req/s ${f(median(b.map((r) => r.rps)) / median(a.map((r) => r.rps)), 2)}×, CPU per request ${f(median(b.map((r) => r.cpuUs)) / median(a.map((r) => r.cpuUs)), 2)}×`,
  );
  out.push(
    `peak RSS MiB: one process ${f(one.child.peakRssMiB(), 1)}, --workers ${workers} (sum of each process's peak) ${f(many.child.peakRssMiB(), 1)}`,
  );
  process.stdout.write(out.join('\n') + '\n');
} finally {
  for (const c of children) c.stop();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
