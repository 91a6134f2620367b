import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { seededInt } from '../../../src/core/random.js';
import { createHttpServer, type HttpHandler, type HttpServer, type HttpServerOptions } from './server.js';

const defaults: HttpServerOptions = {
  bodyLimit: 1024,
  // Long enough that a loaded machine never trips them; the deadline tests set their own.
  headersTimeout: 5000,
  requestTimeout: 5000,
  keepAliveTimeout: 5000,
};
let open: HttpServer | undefined;
afterEach(async () => {
  open?.destroyAll();
  await open?.close();
  open = undefined;
});

async function start(handler: HttpHandler, options: Partial<HttpServerOptions> = {}): Promise<number> {
  open = createHttpServer({ ...defaults, ...options }, handler);
  const server = open.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/** Echoes method, url and body as JSON. */
const echo: HttpHandler = (req, res) => {
  req.readBody().then(
    (body) => {
      const payload = JSON.stringify({ method: req.method, url: req.url, body: body.toString() });
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      });
      res.end(payload);
    },
    (error: { code: string }) => {
      res.writeHead(error.code === 'BASTION_ERR_GATEWAY_BODY_TOO_LARGE' ? 413 : 408, {});
      res.end(error.code);
    },
  );
};

/** Sends the pieces with a pause between them and collects everything until the server closes or `until` matches. */
function exchange(
  port: number,
  pieces: (string | Buffer)[],
  until?: (text: string) => boolean,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      if (until?.(text)) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.setNoDelay(true);
    void (async () => {
      for (const piece of pieces) {
        if (socket.destroyed) return;
        socket.write(piece);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
  });
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('lean HTTP server', () => {
  it('answers one request in one piece, head and body, and keeps the connection', async () => {
    const port = await start(echo);
    const text = await exchange(
      port,
      ['POST /a?b=1 HTTP/1.1\r\nhost: x\r\ncontent-length: 5\r\n\r\nhello'],
      (t) => t.endsWith('}'),
    );
    expect(text).toMatch(
      /^HTTP\/1\.1 200 OK\r\ncontent-type: application\/json\r\ncontent-length: \d+\r\ndate: .+\r\nkeep-alive: timeout=5\r\n\r\n/,
    );
    expect(text).not.toContain('connection: close');
    expect(text).toContain('{"method":"POST","url":"/a?b=1","body":"hello"}');
  });

  it('gives the same answers for every random split of pipelined requests across TCP writes', async () => {
    const port = await start(echo);
    const wire =
      'POST /1 HTTP/1.1\r\nhost: x\r\ncontent-length: 3\r\n\r\none' +
      'POST /2 HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n3\r\ntwo\r\n0\r\n\r\n' +
      'GET /3 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n';
    const next = seededInt(7);
    for (let round = 0; round < 12; round++) {
      const pieces: string[] = [];
      for (let at = 0; at < wire.length;) {
        const step = 1 + next(40);
        pieces.push(wire.slice(at, at + step));
        at += step;
      }
      const text = await exchange(port, pieces);
      const bodies = text.match(/\{[^}]*\}/g);
      expect(bodies).toEqual([
        '{"method":"POST","url":"/1","body":"one"}',
        '{"method":"POST","url":"/2","body":"two"}',
        '{"method":"GET","url":"/3","body":""}',
      ]);
      expect(count(text, 'connection: close')).toBe(1);
    }
  });

  it('answers pipelined requests in order even when the first answer comes last', async () => {
    let first = true;
    const port = await start((req, res) => {
      const delay = first ? 30 : 0;
      first = false;
      setTimeout(() => {
        res.writeHead(200, {});
        res.end(req.url);
      }, delay);
    });
    const text = await exchange(port, [
      'GET /slow HTTP/1.1\r\nhost: x\r\n\r\nGET /fast HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n',
    ]);
    expect(text.indexOf('/slow')).toBeLessThan(text.indexOf('/fast'));
  });

  it.each([
    [
      'CL and TE',
      'POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
    ],
    ['a folded header', 'GET / HTTP/1.1\r\nhost: x\r\nx-a: 1\r\n 2\r\n\r\n', 400],
    ['a malformed chunk', 'POST / HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n', 0],
  ])('refuses %s and closes the connection', async (_name, wire, status) => {
    const port = await start(echo);
    const text = await exchange(port, [wire]);
    if (status > 0) expect(text).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(text).toContain('connection: close');
  });

  it('refuses a declared body over the limit without reading it, and a chunked one once it passes the limit', async () => {
    const port = await start(echo);
    const declared = await exchange(port, ['POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 5000\r\n\r\n']);
    expect(declared).toMatch(/^HTTP\/1\.1 413 /);
    expect(declared).toContain('connection: close');
    const big = (2000).toString(16);
    const chunked = await exchange(port, [
      `POST / HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n${big}\r\n${'a'.repeat(2000)}\r\n`,
    ]);
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('sends 100 Continue when the handler reads the body of a request that waits for it', async () => {
    const port = await start(echo);
    const text = await exchange(
      port,
      ['POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\nexpect: 100-continue\r\n\r\n'],
      (t) => t.includes('100 Continue'),
    );
    expect(text).toBe('HTTP/1.1 100 Continue\r\n\r\n');
  });

  it('answers 408 to a stalled head and to a stalled body', async () => {
    const port = await start(echo, { headersTimeout: 150, requestTimeout: 150 });
    const head = await exchange(port, ['GET / HTTP/1.1\r\nhost: x\r\n']);
    expect(head).toMatch(/^HTTP\/1\.1 408 /);
    const body = await exchange(port, ['POST / HTTP/1.1\r\nhost: x\r\ncontent-length: 10\r\n\r\nabc']);
    expect(body).toMatch(/^HTTP\/1\.1 408 /);
    expect(body).toContain('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT');
  });

  it('closes an idle keep-alive connection after its timeout', async () => {
    const port = await start(echo, { keepAliveTimeout: 150 });
    // exchange() resolves when the server closes the connection: the client here never does.
    const text = await exchange(port, ['GET / HTTP/1.1\r\nhost: x\r\n\r\n']);
    expect(text).toMatch(/^HTTP\/1\.1 200 /);
    expect(text).not.toContain('connection: close');
  });

  it('streams with chunked encoding, the writes of one tick in one chunk', async () => {
    const port = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: 1\n\n');
      res.write('data: 2\n\n');
      setTimeout(() => res.end('data: [DONE]\n\n'), 10);
    });
    const text = await exchange(port, ['GET / HTTP/1.1\r\nhost: x\r\n\r\n'], (t) => t.endsWith('0\r\n\r\n'));
    expect(text).toContain('transfer-encoding: chunked');
    expect(text.slice(text.indexOf('\r\n\r\n') + 4)).toBe(
      '12\r\ndata: 1\n\ndata: 2\n\n\r\ne\r\ndata: [DONE]\n\n\r\n0\r\n\r\n',
    );
  });

  it('tells the response when the client goes away before it ended', async () => {
    let closed!: () => void;
    const wasClosed = new Promise<void>((resolve) => (closed = resolve));
    const port = await start((_req, res) => {
      res.onClose(closed);
      res.writeHead(200, {});
      res.write('part');
    });
    await exchange(port, ['GET / HTTP/1.1\r\nhost: x\r\n\r\n'], (t) => t.includes('part'));
    await wasClosed;
  });

  it('answers a HEAD request without its body', async () => {
    const port = await start((_req, res) => {
      res.writeHead(200, { 'content-length': 5 });
      res.end('hello');
    });
    const text = await exchange(port, ['HEAD / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n']);
    expect(text).toContain('content-length: 5');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });

  it('refuses a response header carrying CR or LF (response splitting)', async () => {
    let thrown: unknown;
    const port = await start((_req, res) => {
      try {
        res.writeHead(200, { 'x-a': 'a\r\nset-cookie: x=1' });
      } catch (error) {
        thrown = error;
      }
      res.writeHead(500, {});
      res.end();
    });
    await exchange(port, ['GET / HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n']);
    expect(String(thrown)).toContain('Invalid response header');
  });
});
