import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool, request } from 'undici';
import { echoServer, httpServer, type TestHttp } from '../../../test/chaos/servers.js';
import { createFaultProxyServer, type FaultProxyServer } from './control-api.js';

let api: FaultProxyServer;
let apiUrl: string;
let echo: { port: number; close(): Promise<void> };
let http: TestHttp;

async function call(method: string, path: string, body?: unknown) {
  const res = await request(`${apiUrl}${path}`, {
    method: method as 'GET',
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

async function makeProxy(name: string, upstreamPort: number): Promise<number> {
  const { status, json } = await call('POST', '/proxies', {
    name,
    listen: '127.0.0.1:0',
    upstream: `127.0.0.1:${upstreamPort}`,
  });
  expect(status).toBe(201);
  return Number(String(json?.listen).split(':').pop());
}

/** Sends `payload` through a TCP connection and collects what comes back until close or `want` bytes. */
function exchange(
  port: number,
  payload: Buffer,
  want = payload.length,
): Promise<{ data: Buffer; error?: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const socket = connect(port, '127.0.0.1', () => socket.write(payload));
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size >= want) socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => resolve({ data: Buffer.concat(chunks), error: e.code }));
    socket.on('close', () => resolve({ data: Buffer.concat(chunks) }));
  });
}

beforeAll(async () => {
  echo = await echoServer();
  http = await httpServer();
  api = createFaultProxyServer({ allowUpstreams: ['models.internal.example:443'] });
  apiUrl = await api.listen(0);
});

afterAll(async () => {
  await api.close();
  await echo.close();
  await http.close();
});

describe('fault proxy (TCP)', () => {
  it('passes bytes through unchanged with no toxics', async () => {
    const port = await makeProxy('plain', echo.port);
    const payload = Buffer.alloc(3 * 1024 * 1024, 7);
    payload.write('start');
    const { data } = await exchange(port, payload);
    expect(data.equals(payload)).toBe(true);
  });

  it('delays by the latency toxic and stops delaying when it is removed', async () => {
    const port = await makeProxy('slow', echo.port);
    const added = await call('POST', '/proxies/slow/toxics', {
      type: 'latency',
      attributes: { latency: 300 },
    });
    expect(added.json).toMatchObject({
      name: 'latency_downstream',
      stream: 'downstream',
      toxicity: 1,
      attributes: { latency: 300, jitter: 0 },
    });
    const started = performance.now();
    const { data } = await exchange(port, Buffer.from('ping'));
    expect(data.toString()).toBe('ping');
    // a lower bound only: the toxic must have held the reply at least this long
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await call('DELETE', '/proxies/slow/toxics/latency_downstream')).status).toBe(204);
    expect((await call('GET', '/proxies/slow/toxics')).json).toEqual([]);
  });

  it('closes after limit_data bytes', async () => {
    const port = await makeProxy('limited', echo.port);
    await call('POST', '/proxies/limited/toxics', {
      type: 'limit_data',
      stream: 'downstream',
      attributes: { bytes: 1000 },
    });
    const { data } = await exchange(port, Buffer.alloc(5000, 1), 5000);
    expect(data.length).toBe(1000);
  });

  it('resets the peer with reset_peer', async () => {
    const port = await makeProxy('reset', echo.port);
    await call('POST', '/proxies/reset/toxics', { type: 'reset_peer', attributes: { timeout: 50 } });
    const { error } = await exchange(port, Buffer.from('x'), 1_000_000);
    expect(error).toBe('ECONNRESET');
  });

  it('holds data under a timeout toxic and releases it when the toxic goes', async () => {
    const port = await makeProxy('stall', echo.port);
    await call('POST', '/proxies/stall/toxics', {
      name: 'stall',
      type: 'timeout',
      attributes: { timeout: 0 },
    });
    const pending = exchange(port, Buffer.from('held'));
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toBe(false);
    await call('DELETE', '/proxies/stall/toxics/stall');
    expect((await pending).data.toString()).toBe('held');
  });

  it('slices and throttles without changing the bytes', async () => {
    const port = await makeProxy('sliced', echo.port);
    await call('POST', '/proxies/sliced/toxics', {
      type: 'slicer',
      attributes: { average_size: 64, size_variation: 32, delay: 10 },
    });
    await call('POST', '/proxies/sliced/toxics', {
      type: 'bandwidth',
      stream: 'upstream',
      attributes: { rate: 1000 },
    });
    const payload = Buffer.from(Array.from({ length: 4000 }, (_, i) => i % 251));
    expect((await exchange(port, payload)).data.equals(payload)).toBe(true);
  });

  it('forwards the FIN late with slow_close', async () => {
    const port = await makeProxy('slowclose', echo.port);
    await call('POST', '/proxies/slowclose/toxics', { type: 'slow_close', attributes: { delay: 300 } });
    const started = performance.now();
    const { data } = await exchange(port, Buffer.from('bye'));
    expect(data.toString()).toBe('bye');
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('rejects unknown toxic types, bad attributes and duplicate names with 4xx', async () => {
    await makeProxy('checks', echo.port);
    const unknown = await call('POST', '/proxies/checks/toxics', { type: 'lag' });
    expect(unknown.status).toBe(400);
    expect(String(unknown.json?.error)).toContain('unknown toxic type "lag"');
    const bad = await call('POST', '/proxies/checks/toxics', {
      type: 'latency',
      attributes: { latency: -1 },
    });
    expect(bad.status).toBe(400);
    expect(String(bad.json?.error)).toContain('attributes.latency');
    const typo = await call('POST', '/proxies/checks/toxics', { type: 'latency', attributes: { latncy: 5 } });
    expect(typo.status).toBe(400);
    await call('POST', '/proxies/checks/toxics', { type: 'latency' });
    expect((await call('POST', '/proxies/checks/toxics', { type: 'latency' })).status).toBe(409);
    expect((await call('GET', '/proxies/nope')).status).toBe(404);
    expect(
      (await call('POST', '/proxies', { name: 'checks', listen: '127.0.0.1:0', upstream: '127.0.0.1:1' }))
        .status,
    ).toBe(409);
  });

  it('refuses upstreams off the allow-list and non-loopback listen addresses', async () => {
    const off = await call('POST', '/proxies', {
      name: 'evil',
      listen: '127.0.0.1:0',
      upstream: '10.0.0.8:6379',
    });
    expect(off.status).toBe(403);
    expect(off.json?.code).toBe('BASTION_ERR_CHAOS_UPSTREAM_NOT_ALLOWED');
    const wide = await call('POST', '/proxies', {
      name: 'wide',
      listen: '0.0.0.0:0',
      upstream: '127.0.0.1:1',
    });
    expect(wide.status).toBe(403);
    // an allow-listed upstream is accepted (the proxy does not connect until a client does)
    expect(
      (
        await call('POST', '/proxies', {
          name: 'ok',
          listen: '127.0.0.1:0',
          upstream: 'models.internal.example:443',
        })
      ).status,
    ).toBe(201);
  });
});

describe('fault proxy (HTTP-aware toxics)', () => {
  it('answers 429 with Retry-After without reaching the upstream', async () => {
    const port = await makeProxy('h429', http.port);
    await call('POST', '/proxies/h429/toxics', {
      type: 'http_status',
      attributes: { status: 429, retry_after: 7 },
    });
    const before = http.requests;
    const res = await request(`http://127.0.0.1:${port}/v1/chat`, { method: 'POST', body: '{"a":1}' });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('7');
    expect(((await res.body.json()) as { error: { type: string } }).error.type).toBe('rate_limit_error');
    expect(http.requests).toBe(before);
  });

  it('applies a toxic added while a keep-alive connection is open to its next request', async () => {
    const port = await makeProxy('keepalive', http.port);
    const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
    try {
      const first = await pool.request({ path: '/json', method: 'GET' });
      expect(first.statusCode).toBe(200);
      await first.body.text();
      await call('POST', '/proxies/keepalive/toxics', { type: 'http_status', attributes: { status: 503 } });
      const second = await pool.request({ path: '/json', method: 'GET' });
      expect(second.statusCode).toBe(503);
      await second.body.text();
    } finally {
      await pool.close();
    }
  });

  it('cuts an SSE stream after N events', async () => {
    const port = await makeProxy('cut', http.port);
    await call('POST', '/proxies/cut/toxics', { type: 'sse_cut', attributes: { after_events: 2 } });
    const res = await request(`http://127.0.0.1:${port}/sse`);
    let text = '';
    let failed = false;
    try {
      for await (const chunk of res.body) text += (chunk as Buffer).toString();
    } catch {
      failed = true;
    }
    expect(failed).toBe(true);
    expect(text.match(/^data:/gm)?.length).toBe(2);
    expect(text).not.toContain('[DONE]');
  });

  it('drops the final [DONE] but keeps every other event', async () => {
    const port = await makeProxy('nodone', http.port);
    await call('POST', '/proxies/nodone/toxics', { type: 'sse_drop_done' });
    const res = await request(`http://127.0.0.1:${port}/sse`);
    const text = await res.body.text();
    expect(text.match(/^data:/gm)?.length).toBe(5);
    expect(text).toContain('héllo 4');
    expect(text).not.toContain('[DONE]');
  });

  it('delays the first byte of each response with first_byte_delay', async () => {
    const port = await makeProxy('ttfb', http.port);
    await call('POST', '/proxies/ttfb/toxics', { type: 'first_byte_delay', attributes: { delay: 300 } });
    const started = performance.now();
    const res = await request(`http://127.0.0.1:${port}/json`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await res.body.json()) as object).toMatchObject({ ok: true });
  });

  it('corrupts JSON bodies but keeps the framing', async () => {
    const port = await makeProxy('corrupt', http.port);
    await call('POST', '/proxies/corrupt/toxics', { type: 'json_corrupt' });
    const res = await request(`http://127.0.0.1:${port}/json`);
    const text = await res.body.text();
    expect(text.length).toBe(Number(res.headers['content-length']));
    expect(() => JSON.parse(text)).toThrow();
  });

  it('leaves non-matching responses alone (SSE toxics on a JSON response)', async () => {
    const port = await makeProxy('mixed', http.port);
    await call('POST', '/proxies/mixed/toxics', { type: 'sse_cut', attributes: { after_events: 0 } });
    const res = await request(`http://127.0.0.1:${port}/json`);
    expect((await res.body.json()) as object).toMatchObject({ ok: true });
  });

  it('resets: every toxic removed, every proxy enabled', async () => {
    await call('POST', '/proxies/cut', { enabled: false });
    expect(((await call('GET', '/proxies/cut')).json as { enabled: boolean }).enabled).toBe(false);
    expect((await call('POST', '/reset')).status).toBe(204);
    const all = (await call('GET', '/proxies')).json as Record<
      string,
      { enabled: boolean; toxics: unknown[] }
    >;
    for (const proxy of Object.values(all)) {
      expect(proxy.enabled).toBe(true);
      expect(proxy.toxics).toEqual([]);
    }
  });
});
