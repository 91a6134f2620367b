/**
 * What the default guards cost per gateway request, before and after a change, in ONE process: four gateways serve
 * the benchmark's config (auth, SQLite limits and audit, default guards) — tree A with guards on and off, tree B with
 * guards on and off — next to the fake upstream and the load generator. Short bursts rotate over the four (forward,
 * then backward) and each burst's process CPU time is divided by its requests; upstream and client work is the same
 * for all four, so `on − off` is what the guards cost that tree per request, and B's minus A's is the change.
 * A = a committed tree (default HEAD); B = A with the working-tree copies of OVERLAY (default: the guard engine,
 * the scanner wrappers, the gateway's guard stages and src/policy), or `--b-ref REF`. Both are bundled as the
 * gateway bench bundles its server.
 *
 * Usage: npx tsx bench/gateway/guards-ab.ts [--base REF] [--b-ref REF] [--rounds N] [--requests N]
 *        [--concurrency N] [--stream] [--memory] [--overlay "paths"]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { buildAbSides, GUARDS_OVERLAY, parseOverlay } from './ab-trees.js';
import { BENCH_METRICS_TOKEN } from './bench-config.js';
import {
  benchChatBody,
  bundleGatewayLib,
  closeInprocGateway,
  cpuPerRequest,
  median,
  startInprocGateway,
  type InprocGateway,
} from './inproc-gateway.js';
import { argv, opt } from '../args.js';

const base = opt('--base') ?? 'HEAD';
const bRef = opt('--b-ref');
const rounds = Number(opt('--rounds') ?? 0) || 6;
const perBurst = Number(opt('--requests') ?? 0) || 2000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;
const stream = argv.includes('--stream');
const counters = argv.includes('--memory') ? 'memory' : 'sqlite';
const overlay = parseOverlay(opt('--overlay') ?? GUARDS_OVERLAY);

const files = await buildAbSides({ base, ...(bRef ? { bRef } : {}), overlay }, (root, name) =>
  bundleGatewayLib(root, `guards-${name}`),
);
const up = await startFakeUpstream({});
const work = mkdtempSync(join(tmpdir(), 'bastion-guards-ab-'));
process.env.BENCH_COUNTERS = counters;

const GUARDS_ON = 'guards: { timeBudget: 1s }';
async function start(tree: 'A' | 'B', guards: boolean): Promise<InprocGateway> {
  return startInprocGateway(files[tree], {
    upstreamUrl: `${up.url}/v1`,
    dbFile: join(work, `${tree}-${guards ? 'on' : 'off'}.db`),
    concurrency,
    editYaml: (yaml) => {
      if (!yaml.includes(GUARDS_ON))
        throw new Error(`tree ${tree}: the bench config has no "${GUARDS_ON}" line`);
      return guards ? yaml : yaml.replace(GUARDS_ON, 'guards: { enabled: false }');
    },
  });
}

/**
 * The gateway's own stage timings (/metrics: bastion_stage_duration_ms sum and count per stage) of the guard
 * stages: wall time spent in them inside the serving gateway, which the whole-process CPU figures are too noisy to
 * resolve on a loaded machine.
 */
async function guardStages(name: Name): Promise<Record<string, { sum: number; count: number }>> {
  const res = await sides[name].pool.request({
    path: '/metrics',
    method: 'GET',
    headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` },
  });
  const text = await res.body.text();
  const out: Record<string, { sum: number; count: number }> = {};
  for (const stage of ['guards_input', 'guards_output']) {
    const value = (what: string): number => {
      const m = new RegExp(`^bastion_stage_duration_ms_${what}\\{stage="${stage}"\\} (\\S+)$`, 'm').exec(
        text,
      );
      return m ? Number(m[1]) : NaN;
    };
    out[stage] = { sum: value('sum'), count: value('count') };
  }
  return out;
}
const names = ['A on', 'A off', 'B on', 'B off'] as const;
type Name = (typeof names)[number];
const sides = {} as Record<Name, InprocGateway>;
for (const name of names) sides[name] = await start(name[0] as 'A' | 'B', name.endsWith('on'));

const body = benchChatBody({ stream });

async function burst(name: Name, requests: number): Promise<number> {
  const { cpuUs, errors } = await cpuPerRequest(
    sides[name].pool,
    sides[name].secret,
    body,
    requests,
    concurrency,
  );
  if (errors > 0) throw new Error(`${name}: ${errors} of ${requests} requests failed`);
  return cpuUs;
}

// Warm-up: the optimising tiers keep improving for thousands of requests.
for (const name of names) await burst(name, perBurst * 3);
const before = { A: await guardStages('A on'), B: await guardStages('B on') };
const results = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Name, number[]>;
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 === 0 ? names : [...names].reverse())
    results[name].push(await burst(name, perBurst));
}
/** Per round, on − off of the same tree (adjacent bursts): the guards' cost in that round. */
const guardCost = (tree: 'A' | 'B'): number[] =>
  results[`${tree} on`].map((on, i) => on - (results[`${tree} off`][i] as number));
const [ga, gb] = [guardCost('A'), guardCost('B')];
const out = (s: string): void => void process.stdout.write(s + '\n');
out(
  `${stream ? 'stream' : 'json'}, ${counters} counters, c=${concurrency}, ${rounds} rounds of ${perBurst} requests; ` +
    `µs CPU per request for the whole process (gateway + upstream + client), medians`,
);
out(`A = ${base}; B = ${bRef ?? `${base} + working tree of ${overlay.join(' ')}`}`);
for (const name of names) out(`  ${name.padEnd(6)} ${median(results[name]).toFixed(1).padStart(7)}`);
out(
  `  guards per request (on − off, per round): A ${median(ga).toFixed(1)} [${ga.map((x) => x.toFixed(0)).join(' ')}], ` +
    `B ${median(gb).toFixed(1)} [${gb.map((x) => x.toFixed(0)).join(' ')}]`,
);
const after = { A: await guardStages('A on'), B: await guardStages('B on') };
const stageUs = (tree: 'A' | 'B', stage: string): number => {
  const a = after[tree][stage]!;
  const b = before[tree][stage]!;
  return ((a.sum - b.sum) / (a.count - b.count)) * 1000;
};
out(
  `  inside the gateway (stage timings, wall µs per request, measured rounds): ` +
    (['A', 'B'] as const)
      .map(
        (tree) =>
          `${tree} guards_input ${stageUs(tree, 'guards_input').toFixed(1)} + guards_output ` +
          `${stageUs(tree, 'guards_output').toFixed(1)} = ${(stageUs(tree, 'guards_input') + stageUs(tree, 'guards_output')).toFixed(1)}`,
      )
      .join('; '),
);
for (const name of names) await closeInprocGateway(sides[name]);
await up.close();
rmSync(work, { recursive: true, force: true });
