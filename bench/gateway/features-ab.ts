/**
 * What each part of Bastion's own work costs per request, in µs of CPU: several gateways from the SAME tree, each
 * serving the benchmark's config with one part switched off, all in ONE process with the fake upstream and the load
 * generator, plus a bare node:http → undici pass-through proxy as the floor. Short bursts rotate over the variants
 * (forward, then backward) and each burst's process CPU time is divided by its requests; upstream and client work
 * is the same for every variant, so the differences between medians are the gateway's.
 *
 * Usage: npx tsx bench/gateway/features-ab.ts [--rounds N] [--requests N] [--concurrency N] [--stream]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { parseConfig } from '../../src/core/config/index.js';
import { createLogger } from '../../src/core/log.js';
import { createGateway } from '../../src/gateway/create-gateway.js';
import { openStore } from '../../src/store/open-store.js';
import { benchConfigYaml } from './bench-config.js';
import { argv, opt } from '../args.js';

const rounds = Number(opt('--rounds') ?? 0) || 4;
const perBurst = Number(opt('--requests') ?? 0) || 2000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;
const stream = argv.includes('--stream');

const up = await startFakeUpstream({});
const work = mkdtempSync(join(tmpdir(), 'bastion-features-'));

/** Each variant edits the benchmark's YAML (the full gateway is the benchmark's config as it is). */
const variants: Record<string, (yaml: string, counters: { value: string }) => string> = {
  full: (y) => y,
  'memory counters': (y, c) => ((c.value = 'memory'), y),
  'no limits': (y) =>
    y.replace('    limits: { rpm: 100000000, tpm: 1000000000000, dailyBudgetUsd: 1000000000 }\n', ''),
  'no guards': (y) => y.replace('guards: { timeBudget: 1s }', 'guards: { enabled: false }'),
  'no guards, no limits': (y) =>
    y
      .replace('guards: { timeBudget: 1s }', 'guards: { enabled: false }')
      .replace('    limits: { rpm: 100000000, tpm: 1000000000000, dailyBudgetUsd: 1000000000 }\n', ''),
};

interface Side {
  pool: Pool;
  headers: Record<string, string>;
  close(): Promise<void>;
}

async function startVariant(name: string, edit: (typeof variants)[string]): Promise<Side> {
  const counters = { value: 'sqlite' };
  const base = benchConfigYaml(`${up.url}/v1`, join(work, `${name.replace(/\W+/g, '-')}.db`));
  const yaml = edit(base, counters);
  if (name !== 'full' && name !== 'memory counters' && yaml === base)
    throw new Error(`${name}: edit did nothing`);
  const loaded = parseConfig(yaml, 'bench.yaml', { env: { ...process.env, BENCH_COUNTERS: counters.value } });
  const logger = createLogger({ level: 'warn' });
  const store = await openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
  const { secret } = await store.keys.create({ useCase: 'bench', name: 'bench' });
  const gateway = createGateway({ loaded, store, logger });
  const url = await gateway.listen(0, '127.0.0.1');
  const pool = new Pool(url, { connections: concurrency, pipelining: 1 });
  return {
    pool,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    async close() {
      await pool.close();
      await gateway.close(1000);
      await store.close();
    },
  };
}

/** The floor: node:http in, undici out, bytes passed through (bench/gateway/bare-proxy.ts, in this process). */
async function startBareProxy(): Promise<Side> {
  const upstream = new Pool(up.url, { connections: 64, pipelining: 1 });
  const server = createServer({ noDelay: true, keepAliveTimeout: 30_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      upstream
        .request({
          method: 'POST',
          path: req.url ?? '/',
          headers: { 'content-type': 'application/json' },
          body: Buffer.concat(chunks),
        })
        .then(async (answer) => {
          res.writeHead(answer.statusCode, {
            'content-type': String(answer.headers['content-type'] ?? 'application/json'),
          });
          for await (const chunk of answer.body) res.write(chunk);
          res.end();
        })
        .catch((error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: concurrency, pipelining: 1 });
  return {
    pool,
    headers: { 'content-type': 'application/json' },
    async close() {
      await pool.close();
      server.close();
      await upstream.close();
    },
  };
}

const sides = new Map<string, Side>();
for (const [name, edit] of Object.entries(variants)) sides.set(name, await startVariant(name, edit));
sides.set('bare proxy', await startBareProxy());

const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
  ...(stream ? { stream: true } : {}),
});

async function burst(side: Side, requests: number): Promise<{ cpuUs: number; errors: number }> {
  let left = requests;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (left-- > 0) {
      const res = await side.pool.request({
        path: '/v1/chat/completions',
        method: 'POST',
        headers: side.headers,
        body,
      });
      await res.body.text();
      if (res.statusCode !== 200) errors++;
    }
  };
  const t0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(t0);
  return { cpuUs: (used.user + used.system) / requests, errors };
}

const names = [...sides.keys()];
for (const name of names) await burst(sides.get(name) as Side, perBurst * 3);
const results = new Map<string, number[]>(names.map((n) => [n, []]));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? names : [...names].reverse();
  for (const name of order) {
    const r = await burst(sides.get(name) as Side, perBurst);
    results.get(name)?.push(r.cpuUs);
    if (r.errors > 0) process.stdout.write(`${name}: ${r.errors} errors\n`);
  }
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const full = median(results.get('full') ?? []);
process.stdout.write(
  `${stream ? 'stream' : 'json'}, c=${concurrency}, ${rounds} rounds of ${perBurst}: µs CPU per request for the whole ` +
    `process (gateway + upstream + client), median; difference against the full gateway\n`,
);
for (const name of names) {
  const m = median(results.get(name) ?? []);
  process.stdout.write(
    `  ${name.padEnd(22)} ${m.toFixed(1).padStart(7)}  ${name === 'full' ? '' : (m - full).toFixed(1).padStart(7)}\n`,
  );
}
for (const side of sides.values()) await side.close();
await up.close();
rmSync(work, { recursive: true, force: true });
