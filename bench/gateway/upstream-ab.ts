/**
 * What the upstream client costs: undici's `pool.dispatch` with a small handler (what egress.ts does) against the
 * floor of a keep-alive HTTP/1.1 client on `net` (one write per request; the answer read by finding the end of the
 * head and Content-Length bytes or the chunks up to the last one, no validation). Both in ONE process with the fake upstream, c=N calls in flight,
 * bursts alternated ABBA; CPU time per call for the whole process (the upstream's work is the same on both sides).
 *
 * Usage: npx tsx bench/gateway/upstream-ab.ts [--bursts N] [--requests N] [--concurrency N]
 */
import { connect, type Socket } from 'node:net';
import { Pool, type Dispatcher } from 'undici';
import { startFakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { opt } from '../args.js';

const bursts = Number(opt('--bursts') ?? 0) || 12;
const perBurst = Number(opt('--requests') ?? 0) || 3000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;

const up = await startFakeUpstream({});
const url = new URL(up.url);
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
});
const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-test' };

const pool = new Pool(up.url, { connections: 64, pipelining: 1 });
function viaUndici(): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    const handler: Dispatcher.DispatchHandler = {
      onConnect() {},
      onHeaders: (status) => status >= 200 || true,
      onData: (chunk: Buffer) => {
        parts.push(chunk);
        return true;
      },
      onComplete: () => resolve(Buffer.concat(parts).toString('utf8')),
      onError: reject,
    };
    pool.dispatch({ path: '/v1/chat/completions', method: 'POST', headers, body }, handler);
  });
}

/** The floor: idle sockets in a stack, one request per socket at a time. */
const idle: Socket[] = [];
const head =
  `POST /v1/chat/completions HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\n` +
  `authorization: Bearer sk-test\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`;
function viaNet(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = idle.pop() ?? connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    let buf: Buffer | undefined;
    const onData = (chunk: Buffer): void => {
      buf = buf ? Buffer.concat([buf, chunk]) : chunk;
      const end = buf.indexOf('\r\n\r\n');
      if (end === -1) return;
      const headText = buf.toString('latin1', 0, end);
      const m = /content-length: *(\d+)/i.exec(headText);
      let text: string;
      if (m) {
        const length = Number(m[1]);
        if (buf.length < end + 4 + length) return;
        text = buf.toString('utf8', end + 4, end + 4 + length);
      } else {
        // Chunked (the fake upstream's writeHead without a length): complete at the last chunk.
        if (buf.indexOf('0\r\n\r\n', buf.length - 5) === -1) return;
        const parts: Buffer[] = [];
        let at = end + 4;
        for (;;) {
          const lf = buf.indexOf('\r\n', at);
          const size = parseInt(buf.toString('latin1', at, lf), 16);
          if (size === 0) break;
          parts.push(buf.subarray(lf + 2, lf + 2 + size));
          at = lf + 2 + size + 2;
        }
        text = Buffer.concat(parts).toString('utf8');
      }
      socket.off('data', onData);
      socket.off('error', reject);
      idle.push(socket);
      resolve(text);
    };
    socket.on('data', onData);
    socket.on('error', reject);
    socket.write(head + body);
  });
}

const calls = { A: viaUndici, B: viaNet };
type Side = keyof typeof calls;
async function burst(side: Side, requests: number): Promise<number> {
  const call = calls[side];
  let left = requests;
  const worker = async (): Promise<void> => {
    while (left-- > 0) JSON.parse(await call());
  };
  const t0 = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / requests;
}

for (let i = 0; i < 3; i++) for (const side of ['A', 'B'] as const) await burst(side, perBurst * 2);
const results: Record<Side, number[]> = { A: [], B: [] };
for (let i = 0; i < bursts; i++) {
  const side: Side = i % 4 === 0 || i % 4 === 3 ? 'A' : 'B';
  const us = await burst(side, perBurst);
  results[side].push(us);
  process.stdout.write(`burst ${i + 1} ${side}: ${us.toFixed(1)} µs CPU/call\n`);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const a = median(results.A);
const b = median(results.B);
process.stdout.write(
  `c=${concurrency}, whole process per call: undici dispatch (A) ${a.toFixed(1)} µs, net floor (B) ${b.toFixed(1)} µs; ` +
    `B - A = ${(b - a).toFixed(1)} µs\n`,
);
await pool.close();
for (const socket of idle) socket.destroy();
await up.close();
