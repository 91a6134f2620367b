/**
 * System calls per request of the Bastion bench server at concurrency N: `strace -c -f` attached to the server
 * process (not the upstream nor the load generator) while a fixed number of requests run. On loopback a socket
 * write also does the receiver's TCP work, so writes per request are a large, fixed part of the CPU per request:
 * this shows how many of them a request costs and whether any could be saved.
 * strace slows the server down; only the counts are meant to be read.
 *
 * Usage: npx tsx bench/gateway/syscalls.ts [--requests N] [--concurrency N] [--stream]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { argv, opt } from '../args.js';
import { startBastion, startUpstream } from './servers.js';

const requests = Number(opt('--requests') ?? 0) || 4000;
const concurrency = Number(opt('--concurrency') ?? 0) || 32;
const stream = argv.includes('--stream');
const dir = mkdtempSync(join(tmpdir(), 'bastion-syscalls-'));
const up = await startUpstream();
const bastion = await startBastion(
  'bastion',
  'bench/gateway/bastion-server.ts',
  `${up.url}/v1`,
  join(dir, 'b.db'),
  'sqlite',
);
const pool = new Pool(bastion.url, { connections: concurrency, pipelining: 1 });
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
  ...(stream ? { stream: true } : {}),
});
const headers = { authorization: `Bearer ${bastion.key}`, 'content-type': 'application/json' };
async function run(n: number): Promise<number> {
  let left = n;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers, body });
        await res.body.text();
        if (res.statusCode !== 200) errors++;
      }
    }),
  );
  return errors;
}
await run(3000);
const out = join(dir, 'strace.txt');
const tracer = spawn('strace', ['-c', '-f', '-o', out, '-p', String(bastion.child.process.pid)], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 1000));
const errors = await run(requests);
tracer.kill('SIGINT');
await new Promise((resolve) => tracer.on('exit', resolve));
const table = readFileSync(out, 'utf8');
process.stdout.write(
  `${requests} ${stream ? 'stream' : 'json'} requests at c=${concurrency}, ${errors} errors; calls per request:\n`,
);
for (const line of table.split('\n')) {
  const cols = line.trim().split(/\s+/);
  const calls = Number(cols[3]);
  const name = cols[cols.length - 1];
  if (cols.length >= 5 && Number.isFinite(calls) && calls > 0 && name !== 'total')
    process.stdout.write(`  ${name?.padEnd(16)} ${(calls / requests).toFixed(2)}\n`);
}
await pool.close();
bastion.child.stop();
up.child.stop();
rmSync(dir, { recursive: true, force: true });
