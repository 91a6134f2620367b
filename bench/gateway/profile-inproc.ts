/**
 * A/B of the gateway's CPU per request that stays readable on a machine other people load: A (a committed tree)
 * and B (that tree plus the working-tree copies of the gateway's areas, as in profile-ab.ts) are bundled and both
 * loaded into ONE process, together with the fake upstream and the load generator. Short bursts alternate between
 * A and B (ABBA order) and each burst's process CPU time is divided by its requests. Upstream and client work is
 * the same for both, so the difference between the medians is the gateway's; both sides see the same machine
 * within the same second, which separate processes and sequential rounds cannot promise.
 *
 * Usage: npx tsx bench/gateway/profile-inproc.ts [--base REF] [--b-ref REF] [--bursts N] [--requests N] [--concurrency N]
 *        [--stream] [--memory] [--words N] [--overlay "src/gateway src/store"]
 * --words N makes the fake upstream answer N words (one stream chunk per word): real answers run to hundreds of
 * chunks, so per-chunk costs weigh far more than in the benchmark's five-word answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { buildAbSides, parseOverlay } from './ab-trees.js';
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
// With --b-ref, B is that committed tree (no overlay): commit against commit, e.g. when a change spans areas.
const bRef = opt('--b-ref');
const bursts = Number(opt('--bursts') ?? 0) || 12;
const perBurst = Number(opt('--requests') ?? 0) || 3000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;
const stream = argv.includes('--stream');
const counters = argv.includes('--memory') ? 'memory' : 'sqlite';
const overlay = parseOverlay(opt('--overlay'));
const words = Number(opt('--words') ?? 0);

const files = await buildAbSides({ base, ...(bRef ? { bRef } : {}), overlay }, bundleGatewayLib);

const up = await startFakeUpstream(
  words > 0
    ? { behaviour: { content: Array.from({ length: words }, (_, i) => `word${i % 97}`).join(' ') + '.' } }
    : {},
);
const work = mkdtempSync(join(tmpdir(), 'bastion-inproc-'));
process.env.BENCH_COUNTERS = counters;

const start = (side: 'A' | 'B'): Promise<InprocGateway> =>
  startInprocGateway(files[side], {
    upstreamUrl: `${up.url}/v1`,
    dbFile: join(work, `${side}.db`),
    concurrency,
  });
const sides = { A: await start('A'), B: await start('B') };

const body = benchChatBody({ maxTokens: words > 0 ? words * 2 : 64, stream });

const burst = (side: 'A' | 'B', requests: number): Promise<{ cpuUs: number; errors: number }> =>
  cpuPerRequest(sides[side].pool, sides[side].secret, body, requests, concurrency);

// Warm-up: JIT (the optimising tiers keep improving for ~10k requests), caches, both sides' SQLite files.
for (let i = 0; i < 3; i++) {
  await burst('A', perBurst * 2);
  await burst('B', perBurst * 2);
}
const results: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let i = 0; i < bursts; i++) {
  // ABBA: neither side always runs first, or always right after the other's garbage.
  const side: 'A' | 'B' = i % 4 === 0 || i % 4 === 3 ? 'A' : 'B';
  const r = await burst(side, perBurst);
  results[side].push(r.cpuUs);
  process.stdout.write(
    `burst ${i + 1} ${side}: ${r.cpuUs.toFixed(1)} µs CPU/request (process: gateway + upstream + client)${r.errors ? `, ${r.errors} errors` : ''}\n`,
  );
}
const a = median(results.A);
const b = median(results.B);
process.stdout.write(
  `${stream ? 'stream' : 'json'} ${counters} counters, c=${concurrency}, ${bursts} bursts of ${perBurst}: ` +
    `A (${base}) median ${a.toFixed(1)} µs, B (${bRef ?? `+ working tree of ${overlay.join(', ')}`}) median ${b.toFixed(1)} µs ` +
    `per request for the whole process; B - A = ${(b - a).toFixed(1)} µs (${(((b - a) / a) * 100).toFixed(1)}%)\n`,
);
for (const side of ['A', 'B'] as const) await closeInprocGateway(sides[side]);
await up.close();
rmSync(work, { recursive: true, force: true });
