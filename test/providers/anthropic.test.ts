import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProviderRouter, type ProviderRouter } from '../../src/providers/index.js';
import type { ChatRequest } from '../../src/providers/types.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { callCtx, collect, loadedFrom } from './helpers.js';

let up: FakeUpstream;
let router: ProviderRouter;

beforeAll(async () => {
  up = await startFakeUpstream({ apiKey: 'sk-ant-test' });
  const loaded = loadedFrom(
    `
providers:
  anthropic:
    type: anthropic
    hosting: saas
    baseUrl: ${up.baseUrl}
    apiKey: \${ANTHROPIC_API_KEY}
    retries: { max: 0 }
models:
  claude-haiku: { provider: anthropic, model: claude-3-5-haiku-latest }
`,
    { ANTHROPIC_API_KEY: 'sk-ant-test' },
  );
  router = createProviderRouter({ loaded });
});
afterAll(async () => {
  await router.close();
  await up.close();
});
afterEach(() => up.reset());

const conversation: ChatRequest = {
  model: 'claude-haiku',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Weather in Paris?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
      ],
    },
    { role: 'tool', tool_call_id: 'call_1', content: '18°C' },
    { role: 'user', content: 'And tomorrow?' },
  ],
  tools: [
    {
      type: 'function',
      function: { name: 'weather', description: 'Current weather', parameters: { type: 'object' } },
    },
  ],
  tool_choice: 'auto',
  max_tokens: 100,
  stop: 'END',
};

describe('anthropic adapter against the fake upstream', () => {
  it('translates the request: system, tools, tool_use and tool_result, headers', async () => {
    await router.chat(['claude-haiku'], conversation, callCtx());
    expect(up.last?.path).toBe('/v1/messages');
    expect(up.last?.headers['x-api-key']).toBe('sk-ant-test');
    expect(up.last?.headers['anthropic-version']).toBe('2023-06-01');
    expect(up.last?.body).toEqual({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 100,
      system: 'Be brief.',
      stop_sequences: ['END'],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
        {
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'call_1', name: 'weather', input: { city: 'Paris' } }],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'call_1', content: '18°C' },
            { type: 'text', text: 'And tomorrow?' },
          ],
        },
      ],
      tools: [{ name: 'weather', description: 'Current weather', input_schema: { type: 'object' } }],
      tool_choice: { type: 'auto' },
    });
  });

  it('translates the response: text, stop reason, usage', async () => {
    const { result } = await router.chat(['claude-haiku'], conversation, callCtx());
    expect(result.object).toBe('chat.completion');
    expect(result.choices[0]).toMatchObject({
      message: { role: 'assistant', content: 'Hello from the fake upstream.' },
      finish_reason: 'stop',
    });
    expect(result.usage?.completion_tokens).toBe(5);
    expect(result.usage?.total_tokens).toBe((result.usage?.prompt_tokens ?? 0) + 5);
  });

  it('translates a tool_use answer into OpenAI tool_calls', async () => {
    up.set({ echoToolCalls: true, toolArguments: '{"city":"Rome"}' });
    const { result } = await router.chat(['claude-haiku'], conversation, callCtx());
    expect(result.choices[0]?.finish_reason).toBe('tool_calls');
    expect(result.choices[0]?.message.content).toBeNull();
    expect(result.choices[0]?.message.tool_calls).toEqual([
      { id: 'toolu_fake_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } },
    ]);
  });

  it('translates a text stream into OpenAI chunks with usage at the end', async () => {
    up.set({ echo: true, wordsPerChunk: 1 });
    const { result } = await router.chatStream(
      ['claude-haiku'],
      { ...conversation, stream: true },
      callCtx(),
    );
    const chunks = await collect(result);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('And tomorrow?');
    expect(chunks.find((c) => c.choices[0]?.finish_reason)?.choices[0]?.finish_reason).toBe('stop');
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toMatchObject({ completion_tokens: 2 });
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === 'msg_fake')).toBe(true);
  });

  it('translates a stream whose bytes arrive cut at odd places', async () => {
    up.set({ content: 'Ünïcödé 🚀 text', splitBytes: 5 });
    const { result } = await router.chatStream(['claude-haiku'], conversation, callCtx());
    const chunks = await collect(result);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('Ünïcödé 🚀 text');
  });

  it('translates a tool_use stream into tool_call deltas', async () => {
    up.set({ echoToolCalls: true, toolArguments: '{"city":"Rome"}' });
    const { result } = await router.chatStream(['claude-haiku'], conversation, callCtx());
    const chunks = await collect(result);
    const calls = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(calls[0]).toEqual({
      index: 0,
      id: 'toolu_fake_1',
      type: 'function',
      function: { name: 'weather', arguments: '' },
    });
    expect(calls.map((c) => c.function?.arguments ?? '').join('')).toBe('{"city":"Rome"}');
    expect(chunks.some((c) => c.choices[0]?.finish_reason === 'tool_calls')).toBe(true);
  });

  it('maps Anthropic errors: 529 overloaded is a 5xx, a cut stream is cut', async () => {
    up.enqueue({ status: 529 });
    await expect(router.chat(['claude-haiku'], conversation, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
    });
    up.enqueue({ cutAfterEvents: 4 });
    const { result } = await router.chatStream(['claude-haiku'], conversation, callCtx());
    await expect(collect(result)).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_STREAM_CUT' });
  });

  it('has no embeddings', async () => {
    const loaded = loadedFrom(
      `
providers:
  a: { type: anthropic, hosting: saas, baseUrl: '${up.baseUrl}', apiKey: '\${ANTHROPIC_API_KEY}' }
models:
  emb: { provider: a, kind: embeddings }
`,
      { ANTHROPIC_API_KEY: 'k' },
    );
    const r = createProviderRouter({ loaded });
    await expect(r.embeddings(['emb'], { model: 'emb', input: 'x' }, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UNSUPPORTED',
    });
    await r.close();
  });
});
