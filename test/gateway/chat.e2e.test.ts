import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, raw, startHarness, type Harness } from './harness.js';

let h: Harness;
let secret: string;

beforeAll(async () => {
  h = await startHarness();
  secret = await h.key({ name: 'e2e' });
});
afterAll(async () => {
  await h.close();
});

describe('chat completions through the gateway (official openai SDK)', () => {
  it('answers a non-streaming chat and forwards the provider model name with the provider key', async () => {
    h.up.reset();
    const reply = await h.client(secret).chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'Say hello' }],
    });
    expect(reply.choices[0]?.message.content).toBe('Hello from the fake upstream.');
    expect(reply.usage?.total_tokens).toBeGreaterThan(0);
    expect(h.up.last?.headers.authorization).toBe('Bearer upstream-key');
    // One access-log line with ids and numbers, never the prompt or the key's secret.
    const line = h.logs.find((l) => l.msg === 'request' && l.route === 'chat' && l.status === 200);
    expect(line).toMatchObject({ model: 'fast', useCase: 'app' });
    expect(JSON.stringify(h.logs)).not.toContain('Say hello');
    expect(JSON.stringify(h.logs)).not.toContain(secret);
    expect((h.up.last?.body as { model: string }).model).toBe('gpt-4o-mini');
  });

  it('streams SSE chunks that concatenate to the answer, and drops the usage chunk unless asked', async () => {
    h.up.set({ echo: true });
    const stream = await h.client(secret).chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'one two three four' }],
      stream: true,
    });
    let text = '';
    let usageSeen = false;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usageSeen = true;
    }
    expect(text).toBe('one two three four');
    expect(usageSeen).toBe(false);
    // The gateway always asks upstream for usage (accurate cost) even when the client did not.
    expect(
      (h.up.last?.body as { stream_options?: { include_usage?: boolean } }).stream_options?.include_usage,
    ).toBe(true);

    const withUsage = await h.client(secret).chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'a b' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of withUsage) if (chunk.usage) usage = chunk.usage;
    expect(usage?.completion_tokens).toBe(2);
    h.up.set({});
  });

  it('serves embeddings', async () => {
    const result = await h.client(secret).embeddings.create({ model: 'embed', input: ['alpha', 'beta'] });
    expect(result.data).toHaveLength(2);
    expect(result.data[0]?.embedding.length).toBe(8);
  });

  it("lists only the models of the key's use case, with availability", async () => {
    const list = await h.client(secret).models.list();
    const byId = new Map(
      list.data.map((m) => [
        m.id,
        m as unknown as { bastion: { available: boolean; unavailable_reason?: string } },
      ]),
    );
    expect([...byId.keys()].sort()).toEqual(['backup', 'embed', 'fast', 'offline']);
    expect(byId.get('fast')?.bastion.available).toBe(true);
    expect(byId.get('offline')?.bastion.available).toBe(false);
    expect(byId.get('offline')?.bastion.unavailable_reason).toContain('TEST_MISSING_PROVIDER_KEY');
    expect(byId.has('secret-model')).toBe(false);
  });

  it('retrieves one model; a model outside the use case is a 404', async () => {
    const model = await h.client(secret).models.retrieve('fast');
    expect(model.id).toBe('fast');
    await expect(h.client(secret).models.retrieve('secret-model')).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
  });

  it('an unavailable model is a 503 naming the reason', async () => {
    const error = await h
      .client(secret)
      .chat.completions.create({ model: 'offline', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toContain(
      'TEST_MISSING_PROVIDER_KEY is not set',
    );
  });
});

describe('authentication', () => {
  it('no key: 401', async () => {
    const res = await raw(`${h.url}/v1/chat/completions`, { body: '{}' });
    expect(res.status).toBe(401);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_AUTH_MISSING');
    expect(errorOf(res.json).type).toBe('authentication_error');
  });

  it('a wrong key: 401 AuthenticationError in the SDK', async () => {
    const error = await h
      .client('bst_notarealkeyatallnotarealkeyatall000000000')
      .models.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('BASTION_ERR_GATEWAY_AUTH_INVALID');
  });

  it('a revoked key stops working at once', async () => {
    const s = await h.key({ name: 'to-revoke' });
    await h.client(s).models.list();
    const record = (await h.store.keys.list()).find((k) => k.name === 'to-revoke');
    await h.store.keys.revoke(record?.id ?? '');
    h.store.auth.invalidate(record?.id);
    const error = await h
      .client(s)
      .models.list()
      .catch((e: unknown) => e);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(401);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('BASTION_ERR_GATEWAY_AUTH_REVOKED');
  });

  it('/healthz is the only route without auth', async () => {
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
    for (const [method, path] of [
      ['GET', '/v1/models'],
      ['POST', '/v1/embeddings'],
      ['GET', '/metrics'],
      ['GET', '/admin/v1/keys'],
    ] as const) {
      const res = await fetch(`${h.url}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status, path).toBe(401);
    }
  });
});

describe('scope', () => {
  it('a model outside the use case is 403', async () => {
    const s = await h.key({ useCase: 'nofallback' });
    const error = await h
      .client(s)
      .chat.completions.create({ model: 'backup', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('BASTION_ERR_POLICY_MODEL_NOT_ALLOWED');
  });

  it('an unknown model is 404 like OpenAI', async () => {
    const error = await h
      .client(secret)
      .chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toContain(
      'does not exist or you do not have access',
    );
  });

  it('an embeddings model on the chat route is a 400', async () => {
    const error = await h
      .client(secret)
      .chat.completions.create({ model: 'embed', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.APIError>).code).toBe('BASTION_ERR_GATEWAY_MODEL_KIND');
  });

  it('an admin key cannot call models', async () => {
    const admin = await h.key({ admin: true, useCase: null });
    const error = await h
      .client(admin)
      .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(403);
  });
});
