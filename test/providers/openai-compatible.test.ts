import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProviderRouter, type ProviderRouter } from '../../src/providers/index.js';
import type { ChatChunk } from '../../src/providers/types.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { callCtx, collect, loadedFrom } from './helpers.js';

let up: FakeUpstream;
let router: ProviderRouter;

const config = (baseUrl: string) => `
providers:
  openai:
    type: openai-compatible
    hosting: saas
    baseUrl: ${baseUrl}
    apiKey: \${OPENAI_API_KEY}
    timeouts: { connect: 2s, firstByte: 800ms, total: 3s }
    retries: { max: 0 }
    breaker: { failureThreshold: 100 }
models:
  gpt-4o-mini: { provider: openai, price: { inputPer1k: 0.1, outputPer1k: 0.2 } }
  small: { provider: openai, model: gpt-4o-mini }
  text-embedding-3-small: { provider: openai, kind: embeddings }
`;

beforeAll(async () => {
  up = await startFakeUpstream({ apiKey: 'sk-upstream' });
  router = createProviderRouter({
    loaded: loadedFrom(config(up.baseUrl), { OPENAI_API_KEY: 'sk-upstream' }),
  });
});
afterAll(async () => {
  await router.close();
  await up.close();
});
afterEach(() => up.reset());

const hello = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'hello there' }] };

describe('openai-compatible adapter against the fake upstream', () => {
  it('completes a chat with usage, sending the key and the request id', async () => {
    const ctx = callCtx();
    const routed = await router.chat(['gpt-4o-mini'], hello, ctx);
    expect(routed.result.choices[0]?.message.content).toBe('Hello from the fake upstream.');
    expect(routed.result.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 5 });
    expect(routed).toMatchObject({ model: 'gpt-4o-mini', provider: 'openai', upstreamModel: 'gpt-4o-mini' });
    expect(up.last?.headers['x-request-id']).toBe(ctx.requestId);
    expect(up.last?.headers.authorization).toBe('Bearer sk-upstream');
  });

  it('maps the public name to the provider model and passes unknown parameters and tools through', async () => {
    up.set({ echoToolCalls: true, toolArguments: '{"q":1}' });
    const tools = [
      { type: 'function' as const, function: { name: 'search', parameters: { type: 'object' } } },
    ];
    const routed = await router.chat(
      ['small'],
      { ...hello, model: 'small', tools, seed: 7, logprobs: false },
      callCtx(),
    );
    expect(up.last?.body).toMatchObject({ model: 'gpt-4o-mini', seed: 7, logprobs: false, tools });
    expect(up.last?.body).not.toHaveProperty('stream_options');
    expect(routed.result.choices[0]?.message.tool_calls?.[0]?.function).toEqual({
      name: 'search',
      arguments: '{"q":1}',
    });
  });

  it('streams chunks, always asking for usage', async () => {
    up.set({ echo: true });
    const routed = await router.chatStream(['gpt-4o-mini'], { ...hello, stream: true }, callCtx());
    const chunks = await collect(routed.result);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('hello there');
    expect(chunks.at(-1)?.usage).toMatchObject({ completion_tokens: 2 });
    expect(up.last?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('reassembles a stream whose bytes arrive cut at odd places (mid-event, mid-character)', async () => {
    const content = 'Grüße 👋 aus Köln — “quoted” ✓ done';
    for (const splitBytes of [1, 3, 7, 64]) {
      up.set({ content, splitBytes, wordsPerChunk: 2 });
      const routed = await router.chatStream(['gpt-4o-mini'], hello, callCtx());
      const chunks = await collect(routed.result);
      expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(content);
      expect(chunks.at(-1)?.usage?.completion_tokens).toBe(8);
    }
  });

  it('turns an in-band error event into a typed error after the chunks already sent', async () => {
    up.set({ streamErrorAfter: 3 });
    const routed = await router.chatStream(['gpt-4o-mini'], hello, callCtx());
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of routed.result) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    ).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX' });
    expect(seen.join('')).toBe('Hello from ');
  });

  it('still streams when the server ignores stream:true and answers JSON', async () => {
    up.set({ ignoreStream: true, echo: true });
    const routed = await router.chatStream(['gpt-4o-mini'], { ...hello, stream: true }, callCtx());
    const chunks = await collect(routed.result);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('hello there');
    expect(chunks.some((c) => c.choices[0]?.finish_reason === 'stop')).toBe(true);
    expect(chunks.at(-1)?.usage).toMatchObject({ completion_tokens: 2 });
  });

  it('streams tool call deltas', async () => {
    up.set({ echoToolCalls: true, toolArguments: '{"city":"Oslo"}' });
    const tools = [{ type: 'function' as const, function: { name: 'weather' } }];
    const routed = await router.chatStream(['gpt-4o-mini'], { ...hello, tools }, callCtx());
    const chunks: ChatChunk[] = await collect(routed.result);
    const args = chunks.map((c) => c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '').join('');
    expect(args).toBe('{"city":"Oslo"}');
    expect(chunks.some((c) => c.choices[0]?.finish_reason === 'tool_calls')).toBe(true);
  });

  it('returns embeddings', async () => {
    const routed = await router.embeddings(
      ['text-embedding-3-small'],
      { model: 'text-embedding-3-small', input: ['a', 'b'] },
      callCtx(),
    );
    expect(routed.result.data).toHaveLength(2);
    expect(routed.result.usage.prompt_tokens).toBe(2);
  });

  it('relays an upstream 4xx with its status and message', async () => {
    up.enqueue({
      status: 400,
      errorBody: { error: { message: 'context length exceeded', type: 'invalid_request_error' } },
    });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_4XX',
      status: 400,
      message: 'upstream: context length exceeded',
    });
  });

  it('turns an upstream 401 into a 502, not the caller’s auth failure', async () => {
    up.enqueue({ status: 401 });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_AUTH',
      status: 502,
    });
  });

  it('maps 5xx, invalid bodies, cut streams and stalls to typed errors', async () => {
    up.enqueue({ status: 503 });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
      status: 502,
    });
    up.enqueue({ invalidBody: true });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_INVALID_RESPONSE',
    });
    up.enqueue({ cutAfterEvents: 3 });
    const routed = await router.chatStream(['gpt-4o-mini'], hello, callCtx());
    await expect(collect(routed.result)).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_STREAM_CUT' });
    up.enqueue({ hang: true });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_TIMEOUT',
      status: 504,
    });
  });

  it('stops when the first byte is late, and when the caller aborts', async () => {
    up.enqueue({ latencyMs: 1_600 });
    await expect(router.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_TIMEOUT',
    });
    up.enqueue({ chunkDelayMs: 200 });
    const controller = new AbortController();
    const routed = await router.chatStream(['gpt-4o-mini'], hello, callCtx({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    await expect(collect(routed.result)).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_ABORTED' });
  });

  it('honours the caller deadline', async () => {
    up.enqueue({ latencyMs: 250 });
    await expect(
      router.chat(['gpt-4o-mini'], hello, callCtx({ deadline: Date.now() + 50 })),
    ).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_TIMEOUT',
    });
  });

  it('reports an unreachable upstream as a connection error', async () => {
    const dead = await startFakeUpstream();
    const url = dead.baseUrl;
    await dead.close();
    const r = createProviderRouter({ loaded: loadedFrom(config(url), { OPENAI_API_KEY: 'k' }) });
    await expect(r.chat(['gpt-4o-mini'], hello, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_CONNECTION',
    });
    await r.close();
  });
});

describe('Azure OpenAI', () => {
  it('puts the deployment in the path, adds api-version and the api-key header', async () => {
    const loaded = loadedFrom(
      `
providers:
  azure:
    type: openai-compatible
    hosting: saas
    baseUrl: '${up.url}/openai/deployments/{model}'
    apiVersion: '2024-10-21'
    headers: { api-key: '\${AZURE_OPENAI_API_KEY}' }
models:
  gpt-4o: { provider: azure, model: my-gpt4o-deployment }
`,
      { AZURE_OPENAI_API_KEY: 'sk-upstream' },
    );
    const r = createProviderRouter({ loaded });
    const routed = await r.chat(['gpt-4o'], { ...hello, model: 'gpt-4o' }, callCtx());
    expect(routed.result.choices[0]?.message.content).toBe('Hello from the fake upstream.');
    expect(up.last?.query).toBe('api-version=2024-10-21');
    expect(up.last?.path).toBe('/openai/deployments/my-gpt4o-deployment/chat/completions');
    expect(up.last?.headers['api-key']).toBe('sk-upstream');
    await r.close();
  });
});
