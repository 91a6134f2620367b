import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, startHarness, type Harness } from './harness.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;
let h: Harness;
let guarded: OpenAI;
let guardedOut: OpenAI;
let app: OpenAI;
let appSecret: string;

const PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END RSA PRIVATE KEY-----';

beforeAll(async () => {
  h = await startHarness();
  guarded = h.client(await h.key({ useCase: 'guarded' }));
  guardedOut = h.client(await h.key({ useCase: 'guarded-out' }));
  appSecret = await h.key({ useCase: 'app' });
  app = h.client(appSecret);
});
afterAll(async () => {
  await h.close();
});

describe('input guards', () => {
  it('block: a prompt carrying a cloud key never leaves the gateway', async () => {
    h.up.reset();
    const error = (await guarded.chat.completions
      .create({
        model: 'fast',
        messages: [{ role: 'user', content: 'deploy with AKIAZ3MSJV4WQEXAMPLQ please' }],
      })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.code).toBe('BASTION_ERR_POLICY_BLOCKED');
    expect(error.message).toContain('aws-access-key-id');
    expect(h.up.requests).toBe(0);
    const record = await h.lastAudit();
    expect(record?.findings[0]).toMatchObject({ scanner: 'secrets', count: 1 });
  });

  it('tokenize: personal data the model may not receive is replaced by a placeholder, and the answer gets it back', async () => {
    h.up.reset();
    h.up.set({ echo: true });
    const reply = await guarded.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'write to jane.doe@example.com today' }],
    });
    const sent = JSON.stringify(h.up.last?.body);
    expect(sent).not.toContain('jane.doe@example.com');
    expect(sent).toContain('<EMAIL_ADDRESS_1>');
    // The upstream echoed the placeholder; the client sees the value again.
    expect(reply.choices[0]?.message.content).toBe('write to jane.doe@example.com today');
    const stream = await guarded.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'write to jane.doe@example.com today' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('write to jane.doe@example.com today');
    h.up.set({});
  });

  it('block by data class: personal data for a model that may not receive it, with no tokenize rule', async () => {
    h.up.reset();
    const error = (await app.chat.completions
      .create({ model: 'fast', messages: [{ role: 'user', content: 'mail jane.doe@example.com' }] })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.message).toContain("data class 'pii' may not be sent to fast");
    expect(h.up.requests).toBe(0);
  });
});

describe('reroute by data class', () => {
  it('a prompt with personal data goes to the use case model allowed to receive it, and only there', async () => {
    h.up.reset();
    h.up2.reset();
    h.up2.set({ echo: true });
    const client = h.client(await h.key({ useCase: 'reroute' }));
    const reply = await client.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'call jane.doe@example.com' }],
    });
    expect(reply.choices[0]?.message.content).toBe('call jane.doe@example.com');
    expect(h.up.requests).toBe(0);
    expect(h.up2.counts['/v1/chat/completions']).toBe(1);
    const record = await h.lastAudit();
    expect(record?.extra).toMatchObject({ reroutedFrom: 'fast', reroutedTo: 'private' });
    // Without personal data the request stays on the model asked for.
    await client.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'plain question' }],
    });
    expect(h.up.counts['/v1/chat/completions']).toBe(1);
    h.up2.set({});
  });
});

describe('output guards', () => {
  it('redacts a secret in a complete answer (default output action)', async () => {
    h.up.set({ content: `Here is the key: ${PEM} keep it safe.` });
    const reply = await app.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'key?' }],
    });
    expect(reply.choices[0]?.message.content).not.toContain('MIIEow');
    expect(reply.choices[0]?.message.content).toContain('[REDACTED:SECRET]');
    h.up.set({});
  });

  it('redacts a secret split across stream chunks (hold-back window)', async () => {
    // One word per chunk: the PEM header alone spans four chunks.
    h.up.set({
      content: `Sure. Here is the key: ${PEM} and that is all there is to say about it today.`,
      wordsPerChunk: 1,
    });
    const stream = await app.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'key?' }],
      stream: true,
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).not.toContain('MIIEow');
    expect(text).not.toContain('BEGIN RSA');
    expect(text).toContain('[REDACTED:SECRET]');
    expect(text.startsWith('Sure. Here is the key: ')).toBe(true);
    expect(text.endsWith('to say about it today.')).toBe(true);
    expect(finish).toBe('stop');
    h.up.set({});
  });

  it('block: a complete answer is replaced with finish_reason content_filter; a stream ends with an error', async () => {
    h.up.set({ content: `the key is AKIAZ3MSJV4WQEXAMPLQ ok` });
    const reply = await guardedOut.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'k' }],
    });
    expect(reply.choices[0]?.finish_reason).toBe('content_filter');
    expect(reply.choices[0]?.message.content).not.toContain('AKIA');
    const stream = await guardedOut.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'k' }],
      stream: true,
    });
    let text = '';
    const error = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(text).not.toContain('AKIA');
    h.up.set({});
  });
});

describe('POST /v1/guard/scan', () => {
  it("scans text with the caller's use-case settings and answers as `bastion scan` does", async () => {
    const res = await raw(`${h.url}/v1/guard/scan`, {
      headers: { authorization: `Bearer ${appSecret}` },
      body: JSON.stringify({
        text: 'mail jane.doe@example.com key AKIAZ3MSJV4WQEXAMPLQ',
        direction: 'output',
        redact: true,
      }),
    });
    expect(res.status).toBe(200);
    const body = res.json as {
      flagged: boolean;
      action: string;
      findings: { scanner: string; start: number; end: number }[];
      redactedText: string;
    };
    expect(body.findings.map((f) => f.scanner).sort()).toEqual(['pii', 'secrets']);
    expect(body.flagged).toBe(true);
    expect(body.action).toBe('redact');
    expect(body.redactedText).toContain('[REDACTED:SECRET]');
    expect(body.redactedText).not.toContain('AKIAZ3MSJV4WQEXAMPLQ');
    expect((await raw(`${h.url}/v1/guard/scan`, { body: '{"text":"x"}' })).status).toBe(401);
  });

  it('rejects a bad body with a 400 that names the field', async () => {
    const wrongType = await raw(`${h.url}/v1/guard/scan`, {
      headers: { authorization: `Bearer ${appSecret}` },
      body: '{"text":5}',
    });
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.json)).toContain('text');
    // The old field name must not be silently ignored: the caller learns which key is wrong.
    const unknownKey = await raw(`${h.url}/v1/guard/scan`, {
      headers: { authorization: `Bearer ${appSecret}` },
      body: '{"text":"hello","input":"hello"}',
    });
    expect(unknownKey.status).toBe(400);
    expect(JSON.stringify(unknownKey.json)).toContain('input');
  });
});
