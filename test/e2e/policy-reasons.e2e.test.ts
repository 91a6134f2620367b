/**
 * Issue #3: "When findings put a prompt in a class the chosen model may not see, the policy tokenizes, reroutes to a
 * permitted model, or blocks, as configured. The reasons appear in the error body and the audit record." The same
 * reasons (never the matched value) must reach the audit record for blocked prompts and blocked answers, streamed or
 * not.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../gateway/harness.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;
let h: Harness;

const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END RSA PRIVATE KEY-----';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('policy reasons in the audit record', () => {
  it('a prompt blocked by the data-class rule: the error body and the record carry the same reasons', async () => {
    h.up.reset();
    const app = h.client(await h.key({ useCase: 'app' }));
    const error = (await app.chat.completions
      .create({ model: 'fast', messages: [{ role: 'user', content: 'mail jane.doe@example.com' }] })
      .catch((e: unknown) => e)) as ApiError & { error: { reasons: string[] } };
    expect(error.status).toBe(400);
    const reasons = error.error.reasons;
    expect(reasons.some((r) => r.includes("data class 'pii' may not be sent to fast"))).toBe(true);
    const record = await h.lastAudit();
    expect(record.errorCode).toBe('BASTION_ERR_POLICY_BLOCKED');
    expect(record.extra?.reasons).toEqual(reasons);
    expect(JSON.stringify(record)).not.toContain('jane.doe@example.com');
  });

  it('an answer blocked by the output guards, complete and streamed', async () => {
    const client = h.client(await h.key({ useCase: 'guarded-out' }));
    h.up.set({ content: `Here is the key: ${PEM} keep it safe.` });
    const reply = await client.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'key?' }],
    });
    expect(reply.choices[0]?.finish_reason).toBe('content_filter');
    const complete = await h.lastAudit();
    expect(complete.extra?.outputBlocked).toBe(true);
    expect(complete.extra?.reasons).toEqual([expect.stringContaining('secrets')]);

    const stream = await client.chat.completions.create({
      model: 'fast',
      stream: true,
      messages: [{ role: 'user', content: 'key?' }],
    });
    const failure = await (async () => {
      for await (const chunk of stream) void chunk;
    })().catch((e: unknown) => e);
    h.up.set({});
    expect(failure).toBeInstanceOf(Error);
    const streamed = await h.lastAudit();
    expect(streamed.extra?.outputBlocked).toBe(true);
    expect(streamed.extra?.reasons).toEqual([expect.stringContaining('secrets')]);
    expect(JSON.stringify(streamed)).not.toContain('MIIEow');
  });
});
