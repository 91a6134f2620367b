/**
 * `npx tsx bench/gateway/profile.ts [--stream] [--sqlite] [--seconds N] [--cpu-prof DIR] [--alloc] [--entry FILE]
 * [--json]`: starts the fake upstream and the bundled Bastion bench server, drives it at concurrency 32, and prints
 * Bastion's CPU time per request (user+system from /proc, robust on a shared machine where wall-clock throughput is
 * noisy). With --cpu-prof the server writes a V8 CPU profile into DIR on exit (open it in Chrome DevTools, or
 * summarise with `npx tsx bench/gateway/profile-summary.ts FILE`). --alloc runs the server with `--trace-gc-nvp`
 * and sums V8's `allocated=` (bytes allocated on the JS heap since the previous GC) over the measured phase: heap
 * bytes allocated per request. --entry serves a prebuilt bundle instead of bundling the working tree (A/B runs:
 * profile-ab.ts); --json prints one JSON line for such a driver.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './load.js';
import { bundleBastion, startUpstream } from './servers.js';

const argv = process.argv.slice(2);
const stream = argv.includes('--stream');
const sqlite = argv.includes('--sqlite');
const seconds = Number(argv[argv.indexOf('--seconds') + 1] ?? 0) || 6;
const profIndex = argv.indexOf('--cpu-prof');
const profDir = profIndex >= 0 ? argv[profIndex + 1] : undefined;
const concurrency = Number(argv[argv.indexOf('--concurrency') + 1] ?? 0) || 32;
const alloc = argv.includes('--alloc');
const json = argv.includes('--json');
const entryIndex = argv.indexOf('--entry');
const prebuilt = entryIndex >= 0 ? argv[entryIndex + 1] : undefined;

function cpuTicks(pid: number, thread = false): number {
  // With `thread`, the main thread's own (its tid is the pid): what the event loop spent, without V8's GC and
  // compiler threads or a store worker thread.
  const file = thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100/s)
}
function rssMiB(pid: number): { rss: number; hwm: number } {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rss: Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024,
    hwm: Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-prof-'));
const upstream = await startUpstream();
// Whatever happens below (the server fails to start, the load throws), the upstream must not outlive us.
process.on('exit', () => upstream.child.stop());
const entry = prebuilt ?? (await bundleBastion());
const nodeFlags = (process.env.BASTION_NODE_FLAGS ?? '').split(' ').filter(Boolean);
if (alloc) nodeFlags.push('--trace-gc-nvp');
const wrapper = process.env.BASTION_PROFILE_WRAPPER?.split(' ') ?? [];
const args = [
  ...nodeFlags,
  ...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []),
  ...wrapper,
  ...(wrapper.length > 0 ? [] : [entry]),
  `${upstream.url}/v1`,
  join(dir, 'p.db'),
];
// BASTION_PROFILE_PREFIX runs the server under another tool, e.g. "strace -c -f -o FILE" to count syscalls.
const prefix = (process.env.BASTION_PROFILE_PREFIX ?? '').split(' ').filter(Boolean);
const proc = spawn(
  prefix[0] ?? process.execPath,
  [...prefix.slice(1), ...(prefix.length > 0 ? [process.execPath] : []), ...args],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_COUNTERS: sqlite ? 'sqlite' : 'memory' },
  },
);
// Bytes V8 reports as allocated since the previous GC, summed over every GC line while `counting`.
let allocated = 0;
// Main-thread pauses of young-generation GCs (scavenges) in the measured phase: what a request caught in one waits.
const scavengePauses: number[] = [];
let counting = false;
let partial = '';
proc.stdout.on('data', (d: Buffer) => {
  if (!alloc) return;
  const lines = (partial + d.toString()).split('\n');
  partial = lines.pop() ?? '';
  if (!counting) return;
  for (const l of lines) {
    const m = / allocated=(\d+)/.exec(l);
    if (m) allocated += Number(m[1]);
    const p = /pause=([\d.]+) .*gc=s /.exec(l);
    if (p) scavengePauses.push(Number(p[1]));
  }
});
const line = await new Promise<string>((resolve, reject) => {
  let out = '';
  // Node flags such as --trace-gc print to stdout too: the server's line is the one starting with {"url".
  proc.stdout.on('data', (d: Buffer) => {
    if (out.includes('{"url"')) return;
    out += d.toString();
    const at = out.indexOf('{"url"');
    if (at >= 0 && out.indexOf('\n', at) > at) resolve(out.slice(at, out.indexOf('\n', at)));
    if (process.env.BASTION_PROFILE_ECHO) process.stderr.write(d);
  });
  proc.on('exit', (code) => reject(new Error(`bastion exited ${code}`)));
});
const { url, key } = JSON.parse(line) as { url: string; key: string };
const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
  max_tokens: 64,
  ...(stream ? { stream: true } : {}),
});
const target = {
  name: 'bastion',
  origin: url,
  path: '/v1/chat/completions',
  headers: { authorization: `Bearer ${key}` },
};
await runLoad(target, body, { concurrency: 8, durationMs: 1000 });
const pid = proc.pid as number;
const upPid = upstream.child.process.pid as number;
const t0 = cpuTicks(pid);
const m0 = cpuTicks(pid, true);
const u0 = cpuTicks(upPid);
counting = true;
const r = await runLoad(target, body, { concurrency, durationMs: seconds * 1000 });
counting = false;
const ticks = cpuTicks(pid) - t0;
const mainTicks = cpuTicks(pid, true) - m0;
const upTicks = cpuTicks(upPid) - u0;
const mem = rssMiB(pid);
const cpuUs = (ticks * 10_000) / r.requests;
const mainCpuUs = (mainTicks * 10_000) / r.requests;
const allocKb = alloc ? allocated / 1024 / r.requests : undefined;
scavengePauses.sort((a, b) => a - b);
const scavenges = alloc
  ? {
      every: r.requests / Math.max(1, scavengePauses.length),
      p50: scavengePauses[scavengePauses.length >> 1] ?? 0,
      p90: scavengePauses[Math.floor(scavengePauses.length * 0.9)] ?? 0,
      usPerRequest: (scavengePauses.reduce((a, b) => a + b, 0) * 1000) / r.requests,
    }
  : undefined;
if (json) {
  process.stdout.write(
    JSON.stringify({
      rps: r.rps,
      p50: r.p50,
      p99: r.p99,
      errors: r.errors,
      cpuUs,
      mainCpuUs,
      allocKb,
      scavenges,
      rss: mem.hwm,
    }) + '\n',
  );
} else
  process.stdout.write(
    `${stream ? 'stream' : 'json'} ${sqlite ? 'sqlite' : 'memory'} c=${concurrency}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(2)} ms, errors ${r.errors}${r.firstError ? ` (${r.firstError})` : ''}\n` +
      `  bastion CPU ${cpuUs.toFixed(1)} µs/request (main thread ${mainCpuUs.toFixed(1)}; ${((ticks / 100 / r.seconds) * 100).toFixed(0)}% of a core); upstream ${((upTicks * 10_000) / r.requests).toFixed(1)} µs/request; RSS ${mem.rss.toFixed(1)} MiB, peak ${mem.hwm.toFixed(1)} MiB` +
      (allocKb !== undefined ? `; JS heap allocated ${allocKb.toFixed(1)} KB/request` : '') +
      (scavenges
        ? `\n  scavenges: one every ${scavenges.every.toFixed(0)} requests, pause p50 ${scavenges.p50} ms, p90 ${scavenges.p90} ms, ${scavenges.usPerRequest.toFixed(1)} µs of pause per request`
        : '') +
      '\n',
  );
proc.kill('SIGTERM');
upstream.child.stop();
await new Promise((r2) => proc.on('exit', r2));
rmSync(dir, { recursive: true, force: true });
