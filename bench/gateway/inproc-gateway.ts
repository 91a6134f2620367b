/**
 * What the in-process gateway A/B tools (profile-inproc.ts, guards-ab.ts, listener-ab.ts) share: the bundle of the
 * pieces the bench server uses (exported instead of run, so two trees can live in one process), starting a gateway
 * from such a bundle on the benchmark's config, and a burst of requests measured in process CPU time per request.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Pool } from 'undici';
import { AB_OUT_DIR, bundleForNode } from './ab-trees.js';

/** The bundle's exports, typed as far as the tools use them. */
interface GatewayLib {
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

/** Bundles the tree at `root` into `${AB_OUT_DIR}/${name}-lib.mjs`. */
export function bundleGatewayLib(root: string, name: string): Promise<string> {
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

export interface InprocGateway {
  gateway: { close(graceMs?: number): Promise<void> };
  store: { close(): Promise<void> };
  pool: Pool;
  secret: string;
}

/**
 * A gateway of the bundle `libFile` serving the benchmark's config against `upstreamUrl` (…/v1), its store in
 * `dbFile`, with a fresh key and a client pool of `concurrency` connections. `editYaml` may change the config text.
 */
export async function startInprocGateway(
  libFile: string,
  options: { upstreamUrl: string; dbFile: string; concurrency: number; editYaml?: (yaml: string) => string },
): Promise<InprocGateway> {
  const lib = (await import(pathToFileURL(libFile).href)) as GatewayLib;
  const yaml = lib.benchConfigYaml(options.upstreamUrl, options.dbFile);
  const loaded = lib.parseConfig(options.editYaml ? options.editYaml(yaml) : yaml, 'bench.yaml', {
    env: process.env,
  });
  const logger = lib.createLogger({ level: 'warn' });
  const store = await lib.openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
  const { secret } = await store.keys.create({ useCase: 'bench', name: 'bench' });
  const gateway = lib.createGateway({ loaded, store, logger });
  const url = await gateway.listen(0, '127.0.0.1');
  const pool = new Pool(url, { connections: options.concurrency, pipelining: 1 });
  return { gateway, store, pool, secret };
}

export async function closeInprocGateway(side: InprocGateway): Promise<void> {
  await side.pool.close();
  await side.gateway.close(1000);
  await side.store.close();
}

/** The benchmark's chat request (bench/gateway/run.ts). */
export function benchChatBody(options: { maxTokens?: number; stream?: boolean } = {}): string {
  return JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
    max_tokens: options.maxTokens ?? 64,
    ...(options.stream ? { stream: true } : {}),
  });
}

/**
 * `requests` chat completions over `pool` from `concurrency` workers; the process's CPU time (user + system) per
 * request, in µs, and how many answers were not 200.
 */
export async function cpuPerRequest(
  pool: Pool,
  secret: string,
  body: string,
  requests: number,
  concurrency: number,
): Promise<{ cpuUs: number; errors: number }> {
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

/** The median; the mean of the middle two for an even count. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
