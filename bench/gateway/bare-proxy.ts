/**
 * The floor for any Node gateway: a bare pass-through proxy (node:http in, an undici Pool out, bodies piped,
 * no parsing, no auth, no limits, no audit). Shown beside Bastion so its own cost can be read off.
 * Usage: node bare-proxy.mjs UPSTREAM_ORIGIN → prints its URL.
 */
import { createServer } from 'node:http';
import { Pool } from 'undici';

const origin = process.argv[2];
if (!origin) {
  process.stderr.write('usage: bare-proxy.ts UPSTREAM_ORIGIN\n');
  process.exit(2);
}
const pool = new Pool(origin, { connections: 64, pipelining: 1 });
const server = createServer({ noDelay: true, keepAliveTimeout: 30_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    pool
      .request({
        method: 'POST',
        path: req.url ?? '/',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      })
      .then(async (up) => {
        res.writeHead(up.statusCode, {
          'content-type': String(up.headers['content-type'] ?? 'application/json'),
        });
        for await (const chunk of up.body) res.write(chunk);
        res.end();
      })
      .catch((error: unknown) => {
        res.writeHead(502);
        res.end(String(error));
      });
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`http://127.0.0.1:${port}\n`);
});
