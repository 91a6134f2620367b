import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestSignal } from './call-signal.js';
import { createEgress, type Egress, type EgressResponse } from './egress.js';

/** A loopback upstream with the few odd answers these tests need. */
let server: Server;
let origin: string;
let egress: Egress;
let served = 0;
const BIG = 1024 * 1024;

beforeAll(async () => {
  server = createServer((req, res) => {
    served++;
    req.resume();
    const path = req.url ?? '/';
    if (path === '/hints') {
      // 103 Early Hints first: an informational answer, not the response.
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(200, { 'content-type': 'application/json', 'x-one': 'v' });
      res.end('{"ok":true}');
      return;
    }
    if (path === '/big') {
      // 1 MiB in 16 KiB writes, each byte its offset mod 251: any lost or reordered chunk shows.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const body = Buffer.alloc(BIG);
      for (let i = 0; i < BIG; i++) body[i] = i % 251;
      for (let i = 0; i < BIG; i += 16 * 1024) res.write(body.subarray(i, i + 16 * 1024));
      res.end();
      return;
    }
    if (path === '/drip') {
      // Sends a first piece, then nothing until the client goes away.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  origin = `http://127.0.0.1:${address.port}`;
  egress = createEgress({
    upstreams: [{ url: origin, connectTimeout: 1000, maxConnections: 2 }],
    maxBodyBytes: 64 * 1024,
  });
});
afterAll(async () => {
  await egress.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, signal?: RequestSignal): Promise<EgressResponse> =>
  egress.request({
    origin,
    path,
    method: 'GET',
    headers: {},
    signal,
    firstByteTimeout: 2000,
    totalTimeout: 5000,
  });

describe('egress exchange (undici dispatch handler)', () => {
  it('skips informational answers and parses headers as node does (repeated ones as a list)', async () => {
    const res = await get('/hints');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['x-one']).toBe('v');
    expect(res.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(JSON.parse(await res.text())).toEqual({ ok: true });
  });

  it('refuses a body over the limit as text, and the pool keeps serving', async () => {
    const res = await get('/big');
    await expect(res.text()).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_INVALID_RESPONSE' });
    expect(await (await get('/')).text()).toBe('hello');
  });

  it('streams a body larger than its buffer to a slow reader intact (pauses and resumes the socket)', async () => {
    const res = await get('/big');
    let offset = 0;
    let intact = true;
    for await (const chunk of res.body) {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] !== (offset + i) % 251) intact = false;
      offset += chunk.length;
      // A slow consumer: the upstream keeps writing meanwhile, so the handler has to hold back the socket.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(offset).toBe(BIG);
    expect(intact).toBe(true);
  });

  it('drops an unread body on dispose, and the next call gets a clean connection', async () => {
    const res = await get('/big');
    const first = await res.body[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    res.dispose();
    res.dispose(); // safe twice
    expect(await (await get('/')).text()).toBe('hello');
  });

  it('stops a stream when the caller aborts mid-body, as an ABORTED error', async () => {
    const signal = new RequestSignal();
    const res = await get('/drip', signal);
    const it = res.body[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    setTimeout(() => signal.abort(), 20);
    const failure = await it.next().then(
      () => undefined,
      (error: unknown) => res.streamError(error),
    );
    expect(failure).toMatchObject({ code: 'BASTION_ERR_PROVIDERS_ABORTED' });
    const before = served;
    expect(await (await get('/')).text()).toBe('hello');
    expect(served).toBe(before + 1);
  });
});
