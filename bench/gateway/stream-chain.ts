/**
 * CPU per stream chunk of the provider chain alone (router -> retry -> breaker -> OpenAI-compatible adapter -> SSE
 * parsing), without sockets: an injected egress answers every call with the same SSE body, already in memory, so
 * the figure is the JavaScript the gateway runs per chunk and does not move with the machine's network load.
 * Compares a committed tree (A, `--base REF`, default HEAD) with the working tree (B) in one process, alternating.
 * Usage: npx tsx bench/gateway/stream-chain.ts [--base REF] [--words N] [--rounds N] [--calls N]
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AB_OUT_DIR, buildAbSides, bundleForNode } from './ab-trees.js';
import { opt } from '../args.js';

const base = opt('--base') ?? 'HEAD';
const words = Number(opt('--words') ?? 0) || 200;
const rounds = Number(opt('--rounds') ?? 0) || 8;
const calls = Number(opt('--calls') ?? 0) || 400;

interface Lib {
  parseConfig(yaml: string, file: string, options: { env: NodeJS.ProcessEnv }): unknown;
  createProviderRouter(options: { loaded: unknown; egress: unknown }): {
    chatStream(
      models: string[],
      req: unknown,
      ctx: unknown,
    ): Promise<{ result: AsyncIterable<{ choices: { delta: { content?: string } }[] }> }>;
  };
  RequestSignal: new () => unknown;
}

const files = await buildAbSides({ base, overlay: ['src/providers'] }, (root, name) =>
  bundleForNode(
    {
      stdin: {
        contents: [
          "export { parseConfig } from './src/core/config/index.js';",
          "export { createProviderRouter, RequestSignal } from './src/providers/index.js';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
    },
    join(AB_OUT_DIR, `${name}-chain.mjs`),
  ),
);

const head =
  '{"id":"chatcmpl-x","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",';
const events = [
  `data: ${head}"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}\n\n`,
];
for (let i = 0; i < words; i++)
  events.push(
    `data: ${head}"choices":[{"index":0,"delta":{"content":"word${i} "},"finish_reason":null}]}\n\n`,
  );
events.push(`data: ${head}"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n`);
events.push(
  `data: ${head}"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":${words},"total_tokens":${words + 9}}}\n\n`,
);
events.push('data: [DONE]\n\n');
const sse = Buffer.from(events.join(''));

/** An egress response holding the whole body in memory, in 16 KiB reads as a socket would deliver it. */
function response() {
  const parts: Buffer[] = [];
  for (let i = 0; i < sse.length; i += 16384) parts.push(sse.subarray(i, i + 16384));
  let at = 0;
  const body = {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        Promise.resolve(
          at < parts.length
            ? { done: false, value: parts[at++] as Buffer }
            : { done: true, value: undefined },
        ),
      return: () => Promise.resolve({ done: true, value: undefined }),
    }),
  };
  return {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
    text: () => Promise.resolve(sse.toString()),
    chunks: () => body,
    body,
    streamError: (error: unknown) => error,
    dispose: () => undefined,
  };
}

const yaml = `
providers:
  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1", apiKey: '\${BENCH_UPSTREAM_KEY}' }
models:
  gpt-4o-mini: { provider: up, price: { inputPer1k: 0.00015, outputPer1k: 0.0006 } }
useCases:
  bench: { models: [gpt-4o-mini] }
`;

async function side(file: string) {
  const lib = (await import(pathToFileURL(file).href)) as Lib;
  const loaded = lib.parseConfig(yaml, 'chain.yaml', { env: { BENCH_UPSTREAM_KEY: 'k' } });
  const egress = { request: async () => response(), allows: () => true, close: async () => {} };
  const router = lib.createProviderRouter({ loaded, egress });
  const req = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], stream: true };
  return async (): Promise<number> => {
    let chunks = 0;
    let text = '';
    for (let c = 0; c < calls; c++) {
      const ctx = { signal: new lib.RequestSignal(), requestId: 'r' };
      const routed = await router.chatStream(['gpt-4o-mini'], req, ctx);
      for await (const chunk of routed.result) {
        chunks++;
        const content = chunk.choices[0]?.delta.content;
        if (content) text += content;
      }
    }
    if (text.length === 0) throw new Error('no text streamed');
    return chunks;
  };
}

const run = { A: await side(files.A), B: await side(files.B) };
for (let i = 0; i < 3; i++) {
  await run.A();
  await run.B();
}
const results: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let i = 0; i < rounds; i++) {
  for (const s of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    const t0 = process.cpuUsage();
    const chunks = await run[s]();
    const used = process.cpuUsage(t0);
    results[s].push((used.user + used.system) / chunks);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const a = median(results.A);
const b = median(results.B);
process.stdout.write(
  `stream chain, ${words} words per answer: A (${base}) ${a.toFixed(3)} µs CPU per chunk, B (working tree) ${b.toFixed(3)} µs; B/A ${(b / a).toFixed(3)}\n`,
);
