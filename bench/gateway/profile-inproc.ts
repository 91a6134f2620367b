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
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { AB_OUT_DIR, buildAbSides, bundleForNode, parseOverlay } from './ab-trees.js';
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

/** Bundles the pieces the bench server uses, exported instead of run, so both trees can live in one process. */
function bundle(root: string, name: string): Promise<string> {
  return bundleForNode(
    {
      stdin: {
        contents: [
          "export { parseConfig } from './src/core/config/index.js';",
          "export { createLogger } from './src/core/log.js';",
          "export { createGateway } from './src/gateway/create-gateway.js';",
          "export { openStore } from './src/store/open-store.js';",
          "export { benchConfigYaml } from './bench/gateway/bench-config.js';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
    },
    join(AB_OUT_DIR, `${name}-lib.mjs`),
  );
}

interface Lib {
  parseConfig(
    yaml: string,
    file: string,
    options: { env: NodeJS.ProcessEnv },
  ): { config: Record<string, unknown> };
  createLogger(options: { level: string }): unknown;
  createGateway(options: { loaded: unknown; store: unknown; logger: unknown }): {
    listen(port: number, host: string): Promise<string>;
    close(graceMs?: number): Promise<void>;
  };
  openStore(options: { store: unknown; counters: unknown; logger: unknown }): Promise<{
    keys: { create(input: { useCase: string; name: string }): Promise<{ secret: string }> };
    close(): Promise<void>;
  }>;
  benchConfigYaml(upstream: string, db: string): string;
}

const files = await buildAbSides({ base, ...(bRef ? { bRef } : {}), overlay }, bundle);

const up = await startFakeUpstream(
  words > 0
    ? { behaviour: { content: Array.from({ length: words }, (_, i) => `word${i % 97}`).join(' ') + '.' } }
    : {},
);
const work = mkdtempSync(join(tmpdir(), 'bastion-inproc-'));
process.env.BENCH_COUNTERS = counters;

async function start(side: 'A' | 'B') {
  const lib = (await import(pathToFileURL(files[side]).href)) as Lib;
  const loaded = lib.parseConfig(
    lib.benchConfigYaml(`${up.url}/v1`, join(work, `${side}.db`)),
    'bench.yaml',
    {
      env: process.env,
    },
  );
  const logger = lib.createLogger({ level: 'warn' });
  const store = await lib.openStore({
    store: loaded.config.store,
    counters: loaded.config.counters,
    logger,
  });
  const { secret } = await store.keys.create({ useCase: 'bench', name: 'bench' });
  const gateway = lib.createGateway({ loaded, store, logger });
  const url = await gateway.listen(0, '127.0.0.1');
  const pool = new Pool(url, { connections: concurrency, pipelining: 1 });
  return { gateway, store, pool, secret };
}
const sides = { A: await start('A'), B: await start('B') };

const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: words > 0 ? words * 2 : 64,
  ...(stream ? { stream: true } : {}),
});

async function burst(side: 'A' | 'B', requests: number): Promise<{ cpuUs: number; errors: number }> {
  const { pool, secret } = sides[side];
  let left = requests;
  let errors = 0;
  const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
  const worker = async (): Promise<void> => {
    while (left-- > 0) {
      const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers, body });
      await res.body.text();
      if (res.statusCode !== 200) errors++;
    }
  };
  const t0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(t0);
  return { cpuUs: (used.user + used.system) / requests, errors };
}

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
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const a = median(results.A);
const b = median(results.B);
process.stdout.write(
  `${stream ? 'stream' : 'json'} ${counters} counters, c=${concurrency}, ${bursts} bursts of ${perBurst}: ` +
    `A (${base}) median ${a.toFixed(1)} µs, B (${bRef ?? `+ working tree of ${overlay.join(', ')}`}) median ${b.toFixed(1)} µs ` +
    `per request for the whole process; B - A = ${(b - a).toFixed(1)} µs (${(((b - a) / a) * 100).toFixed(1)}%)\n`,
);
for (const side of ['A', 'B'] as const) {
  await sides[side].pool.close();
  await sides[side].gateway.close(1000);
  await sides[side].store.close();
}
await up.close();
rmSync(work, { recursive: true, force: true });
