import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, raw, rawSocket, startHarness, type Harness } from './harness.js';

let h: Harness;
let auth: Record<string, string>;

beforeAll(async () => {
  h = await startHarness();
  auth = { authorization: `Bearer ${await h.key()}` };
});
afterAll(async () => {
  await h.close();
});

const chat = (body: string | Buffer, headers: Record<string, string> = {}) =>
  raw(`${h.url}/v1/chat/completions`, { headers: { ...auth, ...headers }, body });

/** The gateway logged a warning with this code for the bad request (no crash, no silence). */
function logged(code: string): boolean {
  return h.logs.some((l) => l.code === code && (l.level === 'warn' || l.level === 'error'));
}

describe('bad input gets a specific 4xx, a log line, never a crash or a hang', () => {
  it('malformed JSON: 400', async () => {
    const res = await chat('{"model": "fast", "messages": [');
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_BODY_MALFORMED');
    expect(logged('BASTION_ERR_GATEWAY_BODY_MALFORMED')).toBe(true);
  });

  it('an empty body: 400', async () => {
    const res = await chat('');
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_BODY_MALFORMED');
  });

  it('wrong types: 400 naming the field', async () => {
    const res = await chat(JSON.stringify({ model: 'fast', messages: 'hello' }));
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_REQUEST_INVALID');
    expect((res.json?.error as { param: string }).param).toBe('messages');
    const temp = await chat(
      JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'x' }], temperature: 'hot' }),
    );
    expect(temp.status).toBe(400);
    expect(errorOf(temp.json).message).toContain('temperature');
    const role = await chat(JSON.stringify({ model: 'fast', messages: [{ role: 'wizard', content: 'x' }] }));
    expect((role.json?.error as { param: string }).param).toBe('messages[0].role');
  });

  it('empty messages: 400', async () => {
    const res = await chat(JSON.stringify({ model: 'fast', messages: [] }));
    expect(res.status).toBe(400);
    expect(errorOf(res.json).message).toContain('at least one message');
  });

  it('a missing model: 400', async () => {
    const res = await chat(JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }));
    expect(res.status).toBe(400);
    expect((res.json?.error as { param: string }).param).toBe('model');
  });

  it('invalid UTF-8: 400', async () => {
    const body = Buffer.concat([
      Buffer.from('{"model":"fast","messages":[{"role":"user","content":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}]}'),
    ]);
    const res = await chat(body);
    expect(res.status).toBe(400);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_BODY_ENCODING');
  });

  it('a non-JSON content type: 415', async () => {
    const res = await chat('model=fast', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
  });

  it('a body over the limit with Content-Length: 413 before reading it', async () => {
    const big = JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'x'.repeat(20_000) }] });
    const res = await chat(big);
    expect(res.status).toBe(413);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_BODY_TOO_LARGE');
    expect(h.up.requests).toBe(0);
  });

  it('a chunked body over the limit: 413 while it streams in', async () => {
    const { port } = new URL(h.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/chat/completions',
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"model":"fast","messages":[{"role":"user","content":"');
      // Keep sending past the 16 kB limit; the gateway answers without waiting for the end.
      let sent = 0;
      const timer = setInterval(() => {
        if (sent > 200_000 || req.destroyed) {
          clearInterval(timer);
          req.destroy();
          return;
        }
        req.write('y'.repeat(4096));
        sent += 4096;
      }, 1);
    });
    expect(status).toBe(413);
  });

  it('stalled headers (slow loris): 408 and the connection closes', async () => {
    const answer = await rawSocket(h.url, 'POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n', 5000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT');
  });

  it('a stalled body: 408 within requestTimeout', async () => {
    const answer = await rawSocket(
      h.url,
      `POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth.authorization}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"model":`,
      5000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT');
  });

  it('a wrong method: 405; an unknown route: 404', async () => {
    expect((await raw(`${h.url}/v1/chat/completions`, { method: 'GET', headers: auth })).status).toBe(405);
    expect((await raw(`${h.url}/v2/anything`, { method: 'GET', headers: auth })).status).toBe(404);
  });

  it('a client that disconnects mid-stream aborts the upstream call and is audited as 499', async () => {
    h.up.set({ content: 'a b c d e f g h i j k l m n o p', chunkDelayMs: 40 });
    const controller = new AbortController();
    const res = await fetch(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'go' }], stream: true }),
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await new Promise((r) => setTimeout(r, 300));
    const records = [];
    for await (const record of h.store.audit.export()) records.push(record);
    const last = records[records.length - 1];
    expect(last?.status).toBe(499);
    expect(last?.extra?.stream).toBe(true);
    h.up.set({});
  });

  it('the gateway still serves normally after all of that', async () => {
    const res = await chat(
      JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'still alive?' }] }),
    );
    expect(res.status).toBe(200);
  });
});
