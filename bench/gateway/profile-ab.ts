/**
 * A/B of the gateway's CPU and allocations per request, alternated in the same minutes so that the shared machine's
 * load hits both sides alike: A is a committed tree (`--base REF`, default HEAD), B is that same tree with the
 * working-tree copies of the `--overlay` paths on top (default: the gateway's own areas), so another helper's
 * uncommitted work elsewhere never leaks into the comparison. Each round runs `profile.ts --alloc --json` once per
 * side (order swapped every round) and the medians are printed.
 *
 * Usage: npx tsx bench/gateway/profile-ab.ts [--base REF] [--b-ref REF] [--rounds N] [--seconds N] [--stream]
 *        [--sqlite] [--concurrency N] [--parallel] [--overlay "src/gateway src/store"]
 * With --b-ref, B is that committed tree instead (commit against commit, no overlay). With --parallel, A and B
 * run AT THE SAME TIME each round (each with its own upstream and load): on a machine other people load
 * unpredictably, both sides then see the same contention, which sequential rounds cannot promise.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { AB_OUT_DIR, buildAbSides, bundleForNode, parseOverlay } from './ab-trees.js';
import { argv, opt } from '../args.js';

const base = opt('--base') ?? 'HEAD';
const bRef = opt('--b-ref');
const rounds = Number(opt('--rounds') ?? 0) || 4;
const seconds = opt('--seconds') ?? '4';
const overlay = parseOverlay(opt('--overlay'));
const passOn = ['--stream', '--sqlite'].filter((f) => argv.includes(f));
if (opt('--concurrency')) passOn.push('--concurrency', opt('--concurrency') as string);

// Same depth as the benchmark's own bundle, so paths resolved relative to the bundle (models/) still work.
const entries = await buildAbSides({ base, ...(bRef ? { bRef } : {}), overlay }, (root, name) =>
  bundleForNode(
    { entryPoints: [join(root, 'bench/gateway/bastion-server.ts')] },
    join(AB_OUT_DIR, `${name}.mjs`),
  ),
);

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuUs: number;
  mainCpuUs: number;
  allocKb: number;
  rss: number;
}
const samples: Record<'A' | 'B', Sample[]> = { A: [], B: [] };
const parallel = argv.includes('--parallel');

function profileOnce(side: 'A' | 'B'): Promise<Sample> {
  const args = ['tsx', 'bench/gateway/profile.ts', '--entry', entries[side], '--alloc', '--json'];
  const child = spawn('npx', [...args, '--seconds', seconds, ...passOn], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${side}: profile failed (${code})\n${err}`));
      else resolve(JSON.parse(line) as Sample);
    });
  });
}

const report = (round: number, side: 'A' | 'B', s: Sample): void => {
  samples[side].push(s);
  process.stdout.write(
    `round ${round + 1} ${side}: ${s.cpuUs.toFixed(1)} µs CPU/req (main thread ${s.mainCpuUs.toFixed(1)}), ${s.allocKb.toFixed(1)} KB/req, ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(3)} ms, p99 ${s.p99.toFixed(2)} ms${s.errors ? `, ${s.errors} errors` : ''}\n`,
  );
};
for (let round = 0; round < rounds; round++) {
  const order: ('A' | 'B')[] = round % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  if (parallel) {
    const [first, second] = await Promise.all(order.map((side) => profileOnce(side)));
    report(round, order[0] as 'A' | 'B', first as Sample);
    report(round, order[1] as 'A' | 'B', second as Sample);
    continue;
  }
  for (const side of order) report(round, side, await profileOnce(side));
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const label = `${passOn.includes('--stream') ? 'stream' : 'json'} ${passOn.includes('--sqlite') ? 'sqlite' : 'memory'} counters, c=${opt('--concurrency') ?? 32}`;
for (const side of ['A', 'B'] as const) {
  const xs = samples[side];
  process.stdout.write(
    `${side} (${side === 'A' ? base : (bRef ?? `${base} + working tree of ${overlay.join(', ')}`)}), ${label}: median ${median(xs.map((x) => x.cpuUs)).toFixed(1)} µs CPU/req (main thread ${median(xs.map((x) => x.mainCpuUs)).toFixed(1)}), ${median(xs.map((x) => x.allocKb)).toFixed(1)} KB/req, ${median(xs.map((x) => x.rps)).toFixed(0)} req/s\n`,
  );
}
const ratio = median(samples.B.map((x) => x.cpuUs)) / median(samples.A.map((x) => x.cpuUs));
process.stdout.write(`B/A CPU per request: ${ratio.toFixed(3)}\n`);
