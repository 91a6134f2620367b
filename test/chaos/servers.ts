/** Small loopback servers for the chaos tests: a TCP echo server and an HTTP server with JSON and SSE routes. */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';

export async function listenTcp(server: Server | HttpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

export async function echoServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer({ allowHalfOpen: true }, (socket) => socket.pipe(socket));
  const port = await listenTcp(server);
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
      }),
  };
}

export interface TestHttp {
  port: number;
  requests: number;
  close(): Promise<void>;
}

/** `/json` answers a JSON object, `/sse` streams 5 events then `[DONE]` (chunked, as OpenAI does). */
export async function httpServer(): Promise<TestHttp> {
  const state = { requests: 0 };
  const server = createHttpServer((req, res) => {
    state.requests++;
    req.resume();
    req.on('end', () => {
      if (req.url === '/sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        let i = 0;
        const tick = () => {
          if (i < 5) {
            res.write(`data: {"i":${i},"text":"héllo ${i}"}\n\n`);
            i++;
            setTimeout(tick, 2);
          } else res.end('data: [DONE]\n\n');
        };
        tick();
        return;
      }
      const body = JSON.stringify({ ok: true, url: req.url, pad: 'x'.repeat(200) });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  const port = await listenTcp(server);
  return {
    port,
    get requests() {
      return state.requests;
    },
    set requests(v: number) {
      state.requests = v;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
