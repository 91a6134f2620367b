import { describe, expect, it } from 'vitest';
import { createLocalProvider, createProviderRouter } from '../../src/providers/index.js';
import type { ChatChunk, ModelAdapter } from '../../src/providers/types.js';
import { callCtx, collect, loadedFrom } from './helpers.js';

const docs: ModelAdapter = {
  chat: async (req) => ({
    id: 'docs-1',
    object: 'chat.completion',
    created: 1,
    model: req.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: `answer to ${req.messages.length} message(s)` },
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 4, total_tokens: 5 },
  }),
  chatStream: (req) =>
    (async function* (): AsyncGenerator<ChatChunk> {
      for (const content of ['an', 'swer']) {
        yield {
          id: 'docs-1',
          object: 'chat.completion.chunk',
          created: 1,
          model: req.model,
          choices: [{ index: 0, delta: { content }, finish_reason: null }],
        };
      }
    })(),
};

const loaded = loadedFrom(`
providers:
  local: { type: local, hosting: local }
models:
  bastion-docs: { provider: local }
  not-registered: { provider: local }
`);

describe('local provider', () => {
  it('serves in-process models through the router, streaming too', async () => {
    const router = createProviderRouter({ loaded, localModels: { 'bastion-docs': docs } });
    const routed = await router.chat(
      ['bastion-docs'],
      { model: 'bastion-docs', messages: [{ role: 'user', content: 'hi' }] },
      callCtx(),
    );
    expect(routed).toMatchObject({ model: 'bastion-docs', provider: 'local' });
    expect(routed.result.choices[0]?.message.content).toBe('answer to 1 message(s)');
    const stream = await router.chatStream(
      ['bastion-docs'],
      { model: 'bastion-docs', messages: [] },
      callCtx(),
    );
    expect((await collect(stream.result)).map((c) => c.choices[0]?.delta.content).join('')).toBe('answer');
    expect(router.breakerStates()).toEqual({});
    await router.close();
  });

  it('reports a local model without a handler as unavailable, with the reason', async () => {
    const router = createProviderRouter({ loaded, localModels: { 'bastion-docs': docs } });
    expect(router.availability.find((m) => m.model === 'not-registered')).toMatchObject({
      available: false,
      reason: 'no local model "not-registered" is registered',
    });
    await expect(
      router.chat(['not-registered'], { model: 'not-registered', messages: [] }, callCtx()),
    ).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
      status: 503,
    });
    await router.close();
  });

  it('createLocalProvider dispatches on the model name and refuses unknown ones', async () => {
    const local = createLocalProvider({ 'bastion-docs': docs });
    await expect(local.chat({ model: 'other', messages: [] }, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
    });
    await expect(local.embeddings?.({ model: 'bastion-docs', input: 'x' }, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UNSUPPORTED',
    });
  });
});
