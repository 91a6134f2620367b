import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const ask = (client: OpenAI, maxTokens?: number) =>
  client.chat.completions.create({
    model: 'fast',
    messages: [{ role: 'user', content: 'hi' }],
    ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
  });

function expectLimited(error: unknown, limit: string): void {
  expect(error).toBeInstanceOf(OpenAI.RateLimitError);
  const e = error as ApiError;
  expect(e.code).toBe('BASTION_ERR_GATEWAY_RATE_LIMITED');
  expect(e.message).toContain(limit);
  const retryAfter = Number(e.headers?.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
}

describe('limits: 429 with Retry-After', () => {
  it('requests per minute (use-case limit)', async () => {
    const client = h.client(await h.key({ useCase: 'rpm' }));
    await ask(client);
    await ask(client);
    const error = await ask(client).catch((e: unknown) => e);
    expectLimited(error, 'requests per minute');
    expect(Number((error as ApiError).headers?.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it("a key's own limit overrides the use case's", async () => {
    const client = h.client(await h.key({ useCase: 'rpm', limits: { rpm: 1 } }));
    await ask(client);
    expectLimited(await ask(client).catch((e: unknown) => e), 'requests per minute');
  });

  it('tokens per minute, charged by estimate before the call', async () => {
    const client = h.client(await h.key({ useCase: 'tpm' }));
    // The estimate is prompt + max_tokens: 250 fits in 300 once, then the correction to actual usage frees room.
    await ask(client, 250);
    await ask(client, 250);
    // A request whose estimate alone is above the limit is refused without an upstream call.
    const before = h.up.requests;
    expectLimited(await ask(client, 1000).catch((e: unknown) => e), 'tokens per minute');
    expect(h.up.requests).toBe(before);
  });

  it('a failed call gives its estimated tokens back', async () => {
    const client = h.client(await h.key({ useCase: 'tpm' }));
    h.up.enqueue({ status: 500 }, { status: 500 }); // first try and its retry
    await expect(ask(client, 250)).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    // Without the refund, 250 + 250 estimated tokens would exceed the 300 tokens/min limit.
    const reply = await ask(client, 250);
    expect(reply.choices[0]?.message.content).toBeTruthy();
  });

  it('daily budget in USD', async () => {
    const client = h.client(await h.key({ useCase: 'budget' }));
    // max_tokens 150 at $1/1k output estimates $0.15 < $0.20; actual usage is ~$0.01 after correction.
    await ask(client, 150);
    expectLimited(await ask(client, 400).catch((e: unknown) => e), 'daily budget');
  });

  it('monthly budget in USD (a key limit on top of the use case)', async () => {
    const client = h.client(await h.key({ useCase: 'budget', limits: { monthlyBudgetUsd: 0.05 } }));
    // max_tokens 100 at $1/1k output estimates $0.10, over the $0.05 monthly budget.
    expectLimited(await ask(client, 100).catch((e: unknown) => e), 'monthly budget');
  });

  it('limits are per key', async () => {
    const a = h.client(await h.key({ useCase: 'rpm', limits: { rpm: 1 } }));
    const b = h.client(await h.key({ useCase: 'rpm', limits: { rpm: 1 } }));
    await ask(a);
    await ask(b);
    await expect(ask(a)).rejects.toBeInstanceOf(OpenAI.RateLimitError);
  });
});
