/**
 * `npx tsx bench/chaos/profile.ts [--workload rps|bulk|http|echo] [--seconds N] [--cpu-prof DIR] [--direct] [--bin FILE]`:
 * drives the fault proxy (no toxics) with one workload and prints the CPU time each process spends per
 * request or per MiB, which stays meaningful on a busy shared machine where wall-clock figures do not.
 * With --cpu-prof the proxy writes a V8 CPU profile into DIR on exit (summarise it with
 * `npx tsx bench/gateway/profile-summary.ts FILE`). --direct skips the proxy, for the baseline. --bin runs
 * another checkout's `bin/bastion.js` (e.g. an older commit unpacked with `git archive`) to compare builds.
 */
import { download, echoRtts, httpRps, httpRtts } from './load.js';
import { cpuSplitUs, cpuUs, selfCpuUs, start, stopAll } from './procs.js';
import { argv, opt } from '../args.js';

const workload = opt('--workload') ?? 'rps';
const seconds = Number(opt('--seconds') ?? 5);
const profDir = opt('--cpu-prof');
const direct = argv.includes('--direct');
const bin = opt('--bin') ?? 'bin/bastion.js';

try {
  const up = await start([process.execPath, '--import', 'tsx', 'bench/chaos/upstream.ts'], /^(\{.*\})$/);
  const ports = JSON.parse(up.line) as { echo: number; source: number; http: number };
  const proxy = await start(
    [
      process.execPath,
      ...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []),
      bin,
      'chaos',
      'proxy',
      '--port',
      '0',
    ],
    /API on (http:\/\/\S+)/,
  );
  const target: Record<string, number> = { ...ports };
  if (!direct) {
    for (const [name, port] of Object.entries(ports)) {
      const res = await fetch(`${proxy.line}/proxies`, {
        method: 'POST',
        body: JSON.stringify({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${port}` }),
      });
      target[name] = Number(((await res.json()) as { listen: string }).listen.split(':').pop());
    }
  }
  const pids = { client: process.pid, upstream: up.process.pid, proxy: proxy.process.pid };
  const sample = () => ({ client: selfCpuUs(), upstream: cpuUs(pids.upstream), proxy: cpuUs(pids.proxy) });
  const run = async (): Promise<{ ops: number; unit: string }> => {
    const until = performance.now() + seconds * 1000;
    let ops = 0;
    if (workload === 'rps')
      return { ops: (await httpRps(target.http ?? 0, seconds * 1000, 16)).requests, unit: 'request' };
    if (workload === 'bulk') {
      while (performance.now() < until) {
        await download(target.source ?? 0, 256 * 1024 * 1024);
        ops += 256;
      }
      return { ops, unit: 'MiB' };
    }
    const fn = workload === 'echo' ? echoRtts : httpRtts;
    while (performance.now() < until)
      ops += (await fn((workload === 'echo' ? target.echo : target.http) ?? 0, 500)).length;
    return { ops, unit: 'round trip' };
  };
  const warm = seconds;
  await (async () => {
    const s = Math.max(1, Math.min(2, warm));
    if (workload === 'rps') await httpRps(target.http ?? 0, s * 1000, 16);
    else if (workload === 'bulk') await download(target.source ?? 0, 128 * 1024 * 1024);
    else await (workload === 'echo' ? echoRtts(target.echo ?? 0, 1000) : httpRtts(target.http ?? 0, 300));
  })();
  const split0 = cpuSplitUs(pids.proxy);
  const before = sample();
  const t0 = performance.now();
  const { ops, unit } = await run();
  const wall = (performance.now() - t0) / 1000;
  const after = sample();
  const split1 = cpuSplitUs(pids.proxy);
  const per = (k: keyof typeof before) => ((after[k] - before[k]) / ops).toFixed(2);
  const share = (k: keyof typeof before) => (((after[k] - before[k]) / 1e6 / wall) * 100).toFixed(0);
  process.stdout.write(
    `${direct ? 'direct' : 'via proxy'} ${workload}: ${(ops / wall).toFixed(0)} ${unit}/s over ${wall.toFixed(1)} s\n` +
      `  CPU µs per ${unit}: client ${per('client')}, upstream ${per('upstream')}, proxy ${per('proxy')}` +
      `  (% of a core: ${share('client')} / ${share('upstream')} / ${share('proxy')})\n` +
      `  proxy CPU split: user ${((split1.user - split0.user) / ops).toFixed(2)} µs, kernel ${((split1.system - split0.system) / ops).toFixed(2)} µs per ${unit}\n`,
  );
} finally {
  await stopAll();
}
