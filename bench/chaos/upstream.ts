/** Upstream servers for the chaos benchmark, in their own process: TCP echo, TCP source, HTTP. */
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';

const listen = (s: Server) =>
  new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));

const echo = createServer((socket) => {
  socket.setNoDelay(true);
  socket.pipe(socket);
});
// Sends the number of bytes the client asks for (8-byte big-endian request), then closes.
const block = Buffer.alloc(256 * 1024, 0x61);
const source = createServer((socket) => {
  socket.once('data', (req: Buffer) => {
    let left = Number(req.readBigUInt64BE(0));
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!socket.write(n === block.length ? block : block.subarray(0, n)))
          return void socket.once('drain', pump);
      }
      socket.end();
    };
    pump();
  });
});
const body = JSON.stringify({
  id: 'chatcmpl-bench',
  choices: [{ message: { role: 'assistant', content: 'ok' } }],
});
const http = createHttpServer((req, res) => {
  req.resume();
  req.on('end', () =>
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
      .end(body),
  );
});
http.keepAliveTimeout = 60_000;

const ports = {
  echo: await listen(echo),
  source: await listen(source),
  http: await listen(http as unknown as Server),
};
process.stdout.write(JSON.stringify(ports) + '\n');
