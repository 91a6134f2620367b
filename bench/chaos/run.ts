/**
 * `npm run bench:chaos`: the fault proxy's pass-through overhead with no toxics, against a direct
 * connection, on the same machine in the same minute. Upstreams and the proxy (`bastion chaos proxy`)
 * run in their own processes, as in real use.
 *   - added round-trip latency, p50 and p99 (TCP echo of 64 bytes; HTTP keep-alive request)
 *   - throughput (bulk download of 512 MiB; HTTP requests/s at concurrency 16)
 * Peer: real Toxiproxy is not installable here (no Debian package, only clients on npm), so the
 * side-by-side peer is the direct connection; see BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { Pool } from 'undici';

const children: ChildProcess[] = [];
function start(cmd: string[], match: RegExp): Promise<string> {
  const [file, ...args] = cmd;
  const child = spawn(file ?? '', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      const m = match.exec(line);
      if (m) resolve(m[1] ?? line);
    });
    child.once('exit', (code) => reject(new Error(`${cmd.join(' ')} exited ${code}`)));
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? 0;
};
const median = (xs: number[]) => pct(xs, 50);

async function echoRtts(port: number, n: number): Promise<number[]> {
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise((r) => socket.once('connect', r));
  const msg = Buffer.alloc(64, 0x62);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    socket.write(msg);
    let got = 0;
    await new Promise<void>((resolve) => {
      const on = (c: Buffer) => {
        got += c.length;
        if (got >= msg.length) {
          socket.off('data', on);
          resolve();
        }
      };
      socket.on('data', on);
    });
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  socket.destroy();
  return out;
}

async function httpRtts(port: number, n: number): Promise<number[]> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const res = await pool.request({
      path: '/v1/chat/completions',
      method: 'POST',
      body: '{"model":"m","messages":[]}',
      headers: { 'content-type': 'application/json' },
    });
    await res.body.text();
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  await pool.close();
  return out;
}

async function download(port: number, bytes: number): Promise<number> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const req = Buffer.alloc(8);
  req.writeBigUInt64BE(BigInt(bytes));
  const t = process.hrtime.bigint();
  socket.write(req);
  let got = 0;
  await new Promise<void>((resolve) => {
    socket.on('data', (c: Buffer) => (got += c.length));
    socket.on('close', () => resolve());
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (got !== bytes) throw new Error(`download got ${got} of ${bytes} bytes`);
  return bytes / 1024 / 1024 / seconds;
}

async function httpRps(port: number, ms: number, concurrency: number): Promise<number> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: concurrency });
  let done = 0;
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const res = await pool.request({
          path: '/v1/chat/completions',
          method: 'POST',
          body: '{"model":"m"}',
        });
        await res.body.text();
        done++;
      }
    }),
  );
  await pool.close();
  return (done * 1000) / ms;
}

async function main() {
  const ports = JSON.parse(await start(['npx', 'tsx', 'bench/chaos/upstream.ts'], /^(\{.*\})$/)) as {
    echo: number;
    source: number;
    http: number;
  };
  const api = await start(
    [process.execPath, 'bin/bastion.js', 'chaos', 'proxy', '--port', '0'],
    /API on (http:\/\/\S+)/,
  );
  const proxied: Record<string, number> = {};
  for (const [name, port] of Object.entries(ports)) {
    const res = await fetch(`${api}/proxies`, {
      method: 'POST',
      body: JSON.stringify({ name, listen: '127.0.0.1:0', upstream: `127.0.0.1:${port}` }),
    });
    proxied[name] = Number(((await res.json()) as { listen: string }).listen.split(':').pop());
  }
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const r = {
    echoD: [] as number[],
    echoP: [] as number[],
    httpD: [] as number[],
    httpP: [] as number[],
    dlD: [] as number[],
    dlP: [] as number[],
    rpsD: [] as number[],
    rpsP: [] as number[],
  };
  // Warm-up (JIT, connection setup), then alternate direct and proxied rounds so drift hits both.
  await echoRtts(ports.echo, 2000);
  await echoRtts(proxied.echo ?? 0, 2000);
  await httpRtts(ports.http, 500);
  await httpRtts(proxied.http ?? 0, 500);
  for (let i = 0; i < rounds; i++) {
    r.echoD.push(...(await echoRtts(ports.echo, 3000)));
    r.echoP.push(...(await echoRtts(proxied.echo ?? 0, 3000)));
    r.httpD.push(...(await httpRtts(ports.http, 1000)));
    r.httpP.push(...(await httpRtts(proxied.http ?? 0, 1000)));
    r.dlD.push(await download(ports.source, 512 * 1024 * 1024));
    r.dlP.push(await download(proxied.source ?? 0, 512 * 1024 * 1024));
    r.rpsD.push(await httpRps(ports.http, 2000, 16));
    r.rpsP.push(await httpRps(proxied.http ?? 0, 2000, 16));
    process.stderr.write(`round ${i + 1}/${rounds}\n`);
  }
  const us = (x: number) => `${x.toFixed(1)} µs`;
  const rows = [
    [
      'TCP echo 64 B round trip p50',
      us(median(r.echoD)),
      us(median(r.echoP)),
      `+${us(median(r.echoP) - median(r.echoD))}`,
    ],
    [
      'TCP echo 64 B round trip p99',
      us(pct(r.echoD, 99)),
      us(pct(r.echoP, 99)),
      `+${us(pct(r.echoP, 99) - pct(r.echoD, 99))}`,
    ],
    [
      'HTTP keep-alive request p50',
      us(median(r.httpD)),
      us(median(r.httpP)),
      `+${us(median(r.httpP) - median(r.httpD))}`,
    ],
    [
      'HTTP keep-alive request p99',
      us(pct(r.httpD, 99)),
      us(pct(r.httpP, 99)),
      `+${us(pct(r.httpP, 99) - pct(r.httpD, 99))}`,
    ],
    [
      'bulk download MiB/s (median)',
      median(r.dlD).toFixed(0),
      median(r.dlP).toFixed(0),
      `${((100 * median(r.dlP)) / median(r.dlD)).toFixed(1)} % of direct`,
    ],
    [
      'HTTP req/s, 16 conns (median)',
      median(r.rpsD).toFixed(0),
      median(r.rpsP).toFixed(0),
      `${((100 * median(r.rpsP)) / median(r.rpsD)).toFixed(1)} % of direct`,
    ],
  ];
  console.log(`\nbastion chaos proxy, no toxics, vs direct (${rounds} rounds, node ${process.version})\n`);
  console.log('| measure | direct | via fault proxy | overhead |\n|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    '\nToxiproxy side by side: not run — no Debian package and no server on npm (only clients) on this machine.',
  );
}

try {
  await main();
} finally {
  for (const c of children) c.kill('SIGINT');
}
