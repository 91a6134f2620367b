import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;
let h: Harness;
let app: OpenAI;
let single: OpenAI;

beforeAll(async () => {
  h = await startHarness();
  app = h.client(await h.key({ useCase: 'app' }));
  single = h.client(await h.key({ useCase: 'nofallback' }));
});
afterAll(async () => {
  await h.close();
});

const ask = (client: OpenAI) =>
  client.chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'hi' }] });
const askStream = (client: OpenAI) =>
  client.chat.completions.create({
    model: 'fast',
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
  });

describe('upstream failures', () => {
  beforeEach(async () => {
    // One success resets the breaker's consecutive-failure count, so each test starts from a healthy upstream.
    h.up.reset();
    h.up2.reset();
    await ask(single);
    h.up.reset();
  });

  it('retries a 429 that asks for a short Retry-After, then succeeds', async () => {
    h.up.reset();
    h.up.enqueue({ status: 429, retryAfter: 0 });
    const reply = await ask(single);
    expect(reply.choices[0]?.message.content).toBeTruthy();
    expect(h.up.counts['/v1/chat/completions']).toBe(2);
  });

  it('relays an upstream 429 with its Retry-After when no fallback is allowed', async () => {
    h.up.reset();
    h.up.enqueue({ status: 429, retryAfter: 7 });
    const error = (await ask(single).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error.headers?.get('retry-after')).toBe('7');
    // Retry-After (7 s) is above the provider's maxDelay: the gateway does not sit on the request.
    expect(h.up.counts['/v1/chat/completions']).toBe(1);
  });

  it('does not retry a 4xx from upstream and relays its status', async () => {
    h.up.reset();
    h.up.enqueue({
      status: 400,
      errorBody: { error: { message: 'context too long', type: 'invalid_request_error' } },
    });
    const error = (await ask(single).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.message).toContain('context too long');
    expect(h.up.counts['/v1/chat/completions']).toBe(1);
  });

  it('falls back to the next model the policy allows when the primary fails', async () => {
    h.up.reset();
    h.up2.reset();
    h.up.enqueue({ status: 500 }, { status: 500 });
    const reply = await ask(app);
    expect(reply.choices[0]?.message.content).toBeTruthy();
    expect(h.up.counts['/v1/chat/completions']).toBe(2); // first try + one retry
    expect(h.up2.counts['/v1/chat/completions']).toBe(1);
  });

  it('falls back for streams too, before the first byte reaches the client', async () => {
    h.up.reset();
    h.up2.reset();
    h.up.enqueue({ status: 503 }, { status: 503 });
    let text = '';
    for await (const chunk of await askStream(app)) {
      text += chunk.choices[0]?.delta.content ?? '';
    }
    expect(text).toBe('Hello from the fake upstream.');
    expect(h.up2.counts['/v1/chat/completions']).toBe(1);
  });

  it('never falls back to a model outside the use case', async () => {
    h.up.reset();
    h.up2.reset();
    h.up.enqueue({ status: 500 }, { status: 500 });
    const error = (await ask(single).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(h.up2.requests).toBe(0);
  });

  it('a stream cut mid-way ends with an error event, not a silently short answer', async () => {
    h.up.reset();
    h.up.set({ content: 'one two three four five six', cutAfterEvents: 3 });
    const stream = await askStream(single);
    let text = '';
    const error = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    // Output guards hold back a short window, so the client may have received little or nothing; it must
    // never receive the complete answer.
    expect(text).not.toBe('one two three four five six');
    h.up.set({});
  });

  it('opens the breaker after consecutive failures and stops calling the upstream', async () => {
    h.up.reset();
    h.up.set({ status: 500 });
    for (let i = 0; i < 2; i++) await ask(single).catch(() => undefined); // 2 requests × (1 + 1 retry) ≥ threshold 3
    const before = h.up.requests;
    const error = (await ask(single).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(503);
    expect(error.code).toBe('BASTION_ERR_PROVIDERS_CIRCUIT_OPEN');
    expect(h.up.requests).toBe(before);
    const metrics = await fetch(`${h.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    const text = await metrics.text();
    expect(text).toContain('bastion_breaker_state{provider="up"} 2');
    expect(text).toMatch(
      /bastion_upstream_errors_total\{provider="up",code="BASTION_ERR_PROVIDERS_UPSTREAM_5XX"\} \d+/,
    );
    h.up.set({});
  });
});
