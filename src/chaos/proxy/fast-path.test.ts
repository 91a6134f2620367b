import { createHash } from 'node:crypto';
import { connect, createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pool } from 'undici';
import { echoServer, httpServer, listenTcp, type TestHttp } from '../../../test/chaos/servers.js';
import { ReadBuffer } from './direction.js';
import { ProxyRegistry } from './registry.js';

let registry: ProxyRegistry;
let echo: { port: number; close(): Promise<void> };
let http: TestHttp;

async function makeProxy(name: string, upstreamPort: number): Promise<number> {
  const json = await registry.create({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${upstreamPort}` });
  return Number(json.listen.split(':').pop());
}

/** Deterministic, position-dependent bytes, so a lost, duplicated or reordered chunk changes the digest. */
function pattern(size: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  echo = await echoServer();
  http = await httpServer();
  registry = new ProxyRegistry({});
});

afterAll(async () => {
  await registry.closeAll();
  await echo.close();
  await http.close();
});

describe('fault proxy fast path', () => {
  it('loses, duplicates and reorders no byte while toxics come and go on a live connection', async () => {
    const port = await makeProxy('toggle', echo.port);
    const payload = pattern(3 * 1024 * 1024, 42);
    const received: Buffer[] = [];
    let size = 0;
    const socket = connect(port, '127.0.0.1');
    const done = new Promise<void>((resolve, reject) => {
      socket.on('data', (c: Buffer) => {
        received.push(c);
        size += c.length;
        if (size >= payload.length) resolve();
      });
      socket.on('error', reject);
    });
    await new Promise((r) => socket.once('connect', r));
    // The client writes paced pieces while toxics of every kind that keeps the bytes intact are
    // added to and removed from both directions, so each switch between the fast path and the
    // toxic pipeline happens with data in flight; the reader stalls now and then so the proxy's
    // writes back to it cannot complete at once (its read buffers must not be reused too early).
    const writer = (async () => {
      for (let at = 0; at < payload.length; at += 8 * 1024) {
        if (!socket.write(payload.subarray(at, at + 8 * 1024)))
          await new Promise((r) => socket.once('drain', r));
        await sleep(1);
      }
    })();
    const staller = (async () => {
      while (size < payload.length) {
        await sleep(40);
        socket.pause();
        await sleep(25);
        socket.resume();
      }
    })();
    const toggler = (async () => {
      const kinds = [
        { type: 'latency', attributes: { latency: 4, jitter: 2 } },
        { type: 'slicer', attributes: { average_size: 700, size_variation: 300, delay: 0 } },
        { type: 'bandwidth', attributes: { rate: 100_000 } },
        { type: 'sse_drop_done', attributes: {} },
      ];
      for (let i = 0; size < payload.length && i < 400; i++) {
        const kind = kinds[i % kinds.length];
        const stream = i % 2 === 0 ? 'downstream' : 'upstream';
        registry.addToxic('toggle', { name: `t${i}`, stream, ...kind });
        await sleep(3);
        registry.removeToxic('toggle', `t${i}`);
        await sleep(2);
      }
    })();
    await Promise.all([writer, staller, toggler, done]);
    socket.destroy();
    const got = Buffer.concat(received);
    expect(got.length).toBe(payload.length);
    expect(sha(got)).toBe(sha(payload));
  });

  it('keeps a burst intact when the client reads slower than the upstream sends', async () => {
    // While the client does not read, the kernel's socket buffers fill up and the proxy's writes to
    // the client stay pending while it keeps reading from the upstream: a reused read buffer would
    // be overwritten under a pending write, and the digest would differ.
    const payload = pattern(32 * 1024 * 1024, 7);
    // Small paced pieces: small reads whose writes go pending (the client is not reading) without
    // reaching the write high-water mark are the case where only the "kept" check protects.
    const source: Server = createServer((s) => {
      let at = 0;
      const next = () => {
        if (at >= payload.length) return void s.end();
        const ok = s.write(payload.subarray(at, at + 8192));
        at += 8192;
        if (ok) setImmediate(next);
        else s.once('drain', next);
      };
      next();
    });
    const upstreamPort = await listenTcp(source);
    try {
      const port = await makeProxy('burst', upstreamPort);
      const got = await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        const s = connect(port, '127.0.0.1');
        s.pause();
        setTimeout(() => s.resume(), 400);
        s.on('data', (c: Buffer) => {
          chunks.push(c);
          // A slow reader: stall briefly after every few MiB.
          if (chunks.length % 64 === 0) {
            s.pause();
            setTimeout(() => s.resume(), 5);
          }
        });
        s.on('end', () => resolve(Buffer.concat(chunks)));
        s.on('error', reject);
      });
      expect(got.length).toBe(payload.length);
      expect(sha(got)).toBe(sha(payload));
    } finally {
      await new Promise((r) => source.close(r));
    }
  });

  it('forwards bytes an upstream sends first, before the client said anything', async () => {
    const greeter: Server = createServer((s) => s.end('220 ready\r\n'));
    const upstreamPort = await listenTcp(greeter);
    try {
      const port = await makeProxy('greeter', upstreamPort);
      const text = await new Promise<string>((resolve, reject) => {
        let out = '';
        const s = connect(port, '127.0.0.1');
        s.on('data', (c: Buffer) => (out += c.toString()));
        s.on('end', () => resolve(out));
        s.on('error', reject);
      });
      expect(text).toBe('220 ready\r\n');
    } finally {
      await new Promise((r) => greeter.close(r));
    }
  });

  it('starts an HTTP toxic on a live keep-alive connection and stops it when removed', async () => {
    const port = await makeProxy('httptoggle', http.port);
    const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
    const get = async (path: string) => {
      const res = await pool.request({ path, method: 'GET' });
      return { status: res.statusCode, text: await res.body.text() };
    };
    try {
      expect((await get('/sse')).text).toContain('[DONE]');
      registry.addToxic('httptoggle', { name: 'nodone', type: 'sse_drop_done' });
      const during = await get('/sse');
      expect(during.text).not.toContain('[DONE]');
      expect(during.text.match(/^data:/gm)?.length).toBe(5);
      registry.removeToxic('httptoggle', 'nodone');
      // Same connection, back on the fast path: the stream is whole again, the JSON intact.
      expect((await get('/sse')).text).toContain('[DONE]');
      expect(JSON.parse((await get('/json')).text)).toMatchObject({ ok: true });
      expect(registry.get('httptoggle').connectionCount).toBe(1);
    } finally {
      await pool.close();
    }
  });
});

describe('HTTP toxics and non-HTTP connections', () => {
  it('never parses a connection that did not open with an HTTP request, even if later bytes look like one', async () => {
    const port = await makeProxy('raw', echo.port);
    registry.addToxic('raw', { name: 'down', type: 'http_status', attributes: { status: 503 } });
    const request = 'GET / HTTP/1.1\r\nhost: x\r\n\r\n';
    const expected = `*1\r\n$4\r\nPING\r\n${request}`;
    const socket = connect(port, '127.0.0.1');
    let got = '';
    // Ends when everything came back, or when the proxy answered and hung up (the failure mode).
    const finished = new Promise<void>((resolve) => {
      socket.on('data', (c: Buffer) => {
        got += c.toString('latin1');
        if (got.length >= expected.length) resolve();
      });
      socket.on('close', () => resolve());
    });
    await new Promise((r) => socket.once('connect', r));
    socket.write('*1\r\n$4\r\nPING\r\n');
    await sleep(30);
    socket.write(request);
    await finished;
    socket.destroy();
    expect(got).toBe(expected);
  });
});

describe('ReadBuffer', () => {
  it('reuses its buffer while chunks are consumed, and hands a kept one over', () => {
    const reads = new ReadBuffer();
    const first = reads.next();
    reads.done(10, false);
    expect(reads.next()).toBe(first);
    reads.done(10, true);
    const second = reads.next();
    expect(second).not.toBe(first);
    expect(second.length).toBe(first.length);
  });

  it('grows after reads that filled it, up to 1 MiB, and steps down after small reads', () => {
    const reads = new ReadBuffer();
    let buf = reads.next();
    expect(buf.length).toBe(16 * 1024);
    for (let i = 0; i < 10; i++) {
      reads.done(buf.length, false);
      buf = reads.next();
    }
    expect(buf.length).toBe(1024 * 1024);
    reads.done(100 * 1024, false);
    expect(reads.next().length).toBe(1024 * 1024);
    for (let i = 0; i < 10; i++) {
      reads.done(100, false);
      buf = reads.next();
    }
    expect(buf.length).toBe(16 * 1024);
  });
});
