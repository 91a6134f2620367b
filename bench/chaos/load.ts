/** Workloads for the chaos bench: each one drives a port (direct upstream or fault proxy) and measures it. */
import { connect } from 'node:net';
import { Pool } from 'undici';

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? 0;
};
export const median = (xs: number[]): number => pct(xs, 50);

/** A client that measures round trips on one connection it keeps open between calls. */
export interface RttClient {
  /** Latency of each of `n` sequential round trips, in µs. */
  rtts(n: number): Promise<number[]>;
  close(): Promise<void>;
}

/** Round trips of a 64-byte message on one TCP connection to the echo upstream. */
export async function echoClient(port: number): Promise<RttClient> {
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise((r) => socket.once('connect', r));
  const msg = Buffer.alloc(64, 0x62);
  return {
    async rtts(n) {
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
      return out;
    },
    async close() {
      socket.destroy();
    },
  };
}

/** Sequential keep-alive HTTP requests on one connection (undici → node:http). */
export function httpClient(port: number): RttClient {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
  return {
    async rtts(n) {
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
      return out;
    },
    close: () => pool.close(),
  };
}

export async function echoRtts(port: number, n: number): Promise<number[]> {
  const c = await echoClient(port);
  try {
    return await c.rtts(n);
  } finally {
    await c.close();
  }
}

export async function httpRtts(port: number, n: number): Promise<number[]> {
  const c = httpClient(port);
  try {
    return await c.rtts(n);
  } finally {
    await c.close();
  }
}

/** Downloads `bytes` from the source upstream over one connection; MiB/s. */
export async function download(port: number, bytes: number): Promise<number> {
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

/** Small HTTP requests at `concurrency` keep-alive connections for `ms`; returns requests done and req/s. */
export async function httpRps(
  port: number,
  ms: number,
  concurrency: number,
): Promise<{ requests: number; rps: number }> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: concurrency });
  let done = 0;
  const start = performance.now();
  const end = start + ms;
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
  const elapsed = performance.now() - start;
  await pool.close();
  return { requests: done, rps: (done * 1000) / elapsed };
}
