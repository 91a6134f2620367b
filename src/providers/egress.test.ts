import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { createEgress, originOf, type Egress } from './egress.js';

let up: FakeUpstream;
let egress: Egress;

beforeAll(async () => {
  up = await startFakeUpstream();
  egress = createEgress({ upstreams: [{ url: up.baseUrl, connectTimeout: 500, maxConnections: 4 }] });
});
afterAll(async () => {
  await egress.close();
  await up.close();
});

const get = (origin: string, path = '/v1/models') =>
  egress.request({ origin, path, method: 'GET', headers: {}, firstByteTimeout: 3000, totalTimeout: 5000 });

describe('egress', () => {
  it('reaches a declared upstream and reuses the connection', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await get(originOf(up.url));
      expect(res.status).toBe(200);
      expect(JSON.parse(await res.text())).toMatchObject({ object: 'list' });
    }
    expect(up.requests).toBe(3);
  });

  it('refuses any origin not in the config (SSRF allow-list), before connecting', async () => {
    expect(egress.allows(originOf(up.url))).toBe(true);
    for (const origin of [
      'http://169.254.169.254',
      'http://127.0.0.1:1',
      'http://localhost:' + new URL(up.url).port,
    ]) {
      expect(egress.allows(origin)).toBe(false);
      await expect(get(origin)).rejects.toMatchObject({
        code: 'BASTION_ERR_PROVIDERS_EGRESS_DENIED',
        expose: false,
      });
    }
  });

  it('fails at once when the deadline has already passed', async () => {
    const before = up.requests;
    await expect(
      egress.request({
        origin: originOf(up.url),
        path: '/v1/models',
        method: 'GET',
        headers: {},
        firstByteTimeout: 500,
        totalTimeout: 1000,
        deadline: Date.now() - 1,
      }),
    ).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_TIMEOUT' });
    expect(up.requests).toBe(before);
  });

  it('times out a hanging upstream at the first-byte deadline', async () => {
    up.enqueue({ hang: true });
    await expect(
      egress.request({
        origin: originOf(up.url),
        path: '/v1/models',
        method: 'GET',
        headers: {},
        firstByteTimeout: 50,
        totalTimeout: 1000,
      }),
    ).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_TIMEOUT' });
  });

  it('ends a slow-drip stream at the total deadline, mid-body', async () => {
    up.enqueue({ chunkDelayMs: 150 });
    const res = await egress.request({
      origin: originOf(up.url),
      path: '/v1/chat/completions',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'x' }] }),
      firstByteTimeout: 500,
      totalTimeout: 400,
    });
    expect(res.status).toBe(200);
    const received: Buffer[] = [];
    await expect(
      (async () => {
        for await (const chunk of res.chunks()) received.push(chunk);
      })(),
    ).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_TIMEOUT' });
    expect(received.length).toBeGreaterThan(0);
  });
});
