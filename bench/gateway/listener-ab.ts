/**
 * What the listener alone costs: node:http against the gateway's lean server (src/gateway/http/server.ts), both
 * in ONE process with the fake upstream and the load generator, running the same gateway-shaped handler (read the
 * JSON body, call the upstream through undici, answer JSON with a request id). Short bursts alternate ABBA and each
 * burst's process CPU time is divided by its requests: everything but the listener is the same on both sides, so
 * B - A is what the listener saves per request. C is the floor: a listener that only finds the head's end and
 * answers with one write (no validation), to show how much any rewrite could save.
 *
 * Usage: npx tsx bench/gateway/listener-ab.ts [--bursts N] [--requests N] [--concurrency N] [--no-upstream]
 */
import { randomUUID } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { benchChatBody, cpuPerRequest, median } from './inproc-gateway.js';
import { createHttpServer } from './lean-http/server.js';
import type { HttpRequest } from './lean-http/request.js';
import type { HttpResponse } from './lean-http/response.js';
import { argv, opt } from '../args.js';

const bursts = Number(opt('--bursts') ?? 0) || 12;
const perBurst = Number(opt('--requests') ?? 0) || 3000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;
const withUpstream = !argv.includes('--no-upstream');

const up = await startFakeUpstream({});
const upstream = new Pool(up.url, { connections: 64, pipelining: 1 });
const reply = JSON.stringify({
  id: 'x',
  object: 'chat.completion',
  choices: [{ message: { content: 'ok' } }],
});

async function work(raw: Buffer): Promise<string> {
  const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  if (!withUpstream) return reply;
  const res = await upstream.request({
    method: 'POST',
    path: '/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return JSON.stringify(await res.body.json());
}

const nodeServer = createServer(
  { noDelay: true, keepAliveTimeout: 30_000 },
  (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void work(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).then((payload) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-request-id': randomUUID(),
        });
        res.end(payload);
      });
    });
  },
);
const lean = createHttpServer(
  { bodyLimit: 1 << 20, headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 30_000 },
  (req: HttpRequest, res: HttpResponse) => {
    void req
      .readBody()
      .then(work)
      .then((payload) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'x-request-id': randomUUID(),
        });
        res.end(payload);
      });
  },
);

// The floor of any JavaScript listener on net: find the end of the head, take Content-Length bytes, answer with one
// write. No validation at all: only to show how much of node:http's cost any rewrite could save.
const floor = createNetServer({ noDelay: true }, (socket) => {
  let buf: Buffer | undefined;
  socket.on('data', (chunk: Buffer) => {
    buf = buf ? Buffer.concat([buf, chunk]) : chunk;
    const end = buf.indexOf('\r\n\r\n');
    if (end === -1) return;
    const m = /content-length: *(\d+)/i.exec(buf.toString('latin1', 0, end));
    const length = Number(m?.[1] ?? 0);
    if (buf.length < end + 4 + length) return;
    const raw = buf.subarray(end + 4, end + 4 + length);
    buf = undefined;
    void work(raw).then((payload) => {
      socket.write(
        `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\nx-request-id: ${randomUUID()}\r\n\r\n${payload}`,
      );
    });
  });
  socket.on('error', () => undefined);
});

function listen(server: import('node:net').Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }),
  );
}
const pools = {
  A: new Pool(await listen(nodeServer), { connections: concurrency, pipelining: 1 }),
  B: new Pool(await listen(lean.server), { connections: concurrency, pipelining: 1 }),
  C: new Pool(await listen(floor), { connections: concurrency, pipelining: 1 }),
};
type Side = keyof typeof pools;
const sideNames: Record<Side, string> = { A: 'node:http', B: 'lean', C: 'floor' };
const body = benchChatBody();

const burst = (side: Side, requests: number): Promise<{ cpuUs: number; errors: number }> =>
  cpuPerRequest(pools[side], 'x', body, requests, concurrency);

const order: Side[] = ['A', 'B', 'C', 'C', 'B', 'A'];
for (let i = 0; i < 3; i++) for (const side of ['A', 'B', 'C'] as const) await burst(side, perBurst * 2);
const results: Record<Side, number[]> = { A: [], B: [], C: [] };
for (let i = 0; i < bursts; i++) {
  const side = order[i % order.length] as Side;
  const r = await burst(side, perBurst);
  results[side].push(r.cpuUs);
  process.stdout.write(
    `burst ${i + 1} ${side}: ${r.cpuUs.toFixed(1)} µs CPU/request${r.errors ? `, ${r.errors} errors` : ''}\n`,
  );
}
const a = median(results.A);
process.stdout.write(
  `${withUpstream ? 'with upstream' : 'no upstream'}, c=${concurrency}, whole process per request:\n`,
);
for (const side of ['A', 'B', 'C'] as const) {
  const m = median(results[side]);
  process.stdout.write(
    `  ${side} ${sideNames[side]}: median ${m.toFixed(1)} µs (${side === 'A' ? 'reference' : `${(m - a).toFixed(1)} µs against node:http`})\n`,
  );
}
await pools.A.close();
await pools.B.close();
await pools.C.close();
floor.close();
nodeServer.close();
lean.destroyAll();
await lean.close();
await upstream.close();
await up.close();
