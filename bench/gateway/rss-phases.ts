/**
 * Where `npm start`'s resident memory is, phase by phase: `npx tsx bench/gateway/rss-phases.ts [--seconds N]
 * [--env NAME=VALUE ...]`. Starts the fake upstream and `npm start` (scripts/start.sh, as run.ts's bastion-npm-start
 * row), then reads /proc/PID/status and /proc/PID/smaps after start-up (idle), after c=1, after c=32 non-streaming
 * and after c=32 streaming: RSS, the highest RSS a 10 ms sampler saw during the phase, the peak so far (VmHWM,
 * what run.ts reports; it also holds the start-up, which the sampler misses), and the resident MiB by kind of
 * mapping: the node binary (file-backed code and data), other files (shared libraries), malloc's heap and arenas
 * (SQLite's page cache, native buffers; glibc arenas are anonymous 64 MiB-aligned mappings, counted with the
 * anonymous ones), anonymous mappings (V8's heap spaces, WebAssembly memories, thread stacks), plus the threads.
 * `--env` repeats: extra environment for the server (e.g. NODE_OPTIONS=--max-semi-space-size=2).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad, type Target } from './load.js';
import { startBastionServe, startUpstream } from './servers.js';
import { argv, opt } from '../args.js';

const seconds = Number(opt('--seconds') ?? 0) || 4;
const extraEnv: Record<string, string> = {};
argv.forEach((arg, i) => {
  if (arg !== '--env') return;
  const [name, ...value] = (argv[i + 1] ?? '').split('=');
  if (name) extraEnv[name] = value.join('=');
});

function kb(text: string, field: string): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
}

/** Resident kB by kind of mapping, from /proc/PID/smaps. */
function residentByKind(pid: number): Record<string, number> {
  const out: Record<string, number> = { node: 0, files: 0, heap: 0, anon: 0, stack: 0 };
  let kind = 'anon';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const name = head[1] ?? '';
      kind =
        name === '[heap]'
          ? 'heap'
          : name.startsWith('[stack')
            ? 'stack'
            : /\/node$/.test(name)
              ? 'node'
              : name.startsWith('/')
                ? 'files'
                : 'anon';
      continue;
    }
    const rss = /^Rss:\s+(\d+)/.exec(line);
    if (rss) out[kind] = (out[kind] ?? 0) + Number(rss[1]);
  }
  return out;
}

/** The highest VmRSS seen by a 10 ms sampler since the last call: in which phase the peak happens. */
let phaseMax = 0;
function sampleRss(pid: number): void {
  try {
    phaseMax = Math.max(phaseMax, kb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS'));
  } catch {
    // the server exited; the phase reports what was seen
  }
}

function snapshot(pid: number, phase: string): Record<string, string | number> {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const max = phaseMax;
  phaseMax = 0;
  const mib = (k: number): number => Math.round((k / 1024) * 10) / 10;
  const kinds = residentByKind(pid);
  return {
    phase,
    rss: mib(kb(status, 'VmRSS')),
    'max in phase': mib(max),
    peak: mib(kb(status, 'VmHWM')),
    node: mib(kinds.node ?? 0),
    libs: mib(kinds.files ?? 0),
    brk: mib(kinds.heap ?? 0),
    anon: mib(kinds.anon ?? 0),
    threads: readdirSync(`/proc/${pid}/task`).length,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'bastion-rss-'));
const upstream = await startUpstream();
const served = await startBastionServe('rss', `${upstream.url}/v1`, dir, extraEnv);
const pid = served.child.process.pid as number;
const sampler = setInterval(() => sampleRss(pid), 10);
const rows: Record<string, string | number>[] = [];
try {
  const load0 = loadavg()[0] ?? 0;
  const target: Target = {
    name: 'bastion',
    origin: new URL(served.url).origin,
    path: '/v1/chat/completions',
    headers: { authorization: `Bearer ${served.key}` },
  };
  const body = (stream: boolean) =>
    JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Summarise the benefits of an LLM gateway in one sentence.' }],
      max_tokens: 64,
      ...(stream ? { stream: true } : {}),
    });
  await new Promise((resolve) => setTimeout(resolve, 500));
  rows.push(snapshot(pid, 'idle after start'));
  for (const [phase, concurrency, stream] of [
    ['c=1', 1, false],
    ['c=32', 32, false],
    ['c=32 stream', 32, true],
  ] as const) {
    const result = await runLoad(target, body(stream), { concurrency, durationMs: seconds * 1000 });
    rows.push({ ...snapshot(pid, phase), rps: Math.round(result.rps), errors: result.errors });
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  rows.push(snapshot(pid, 'idle 2 s later'));
  console.table(rows);
  console.log(
    `MiB; brk = malloc's main heap, anon = V8 heap, WebAssembly memories, malloc arenas, thread stacks; load average ${load0.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
} finally {
  clearInterval(sampler);
  served.child.stop();
  upstream.child.stop();
  rmSync(dir, { recursive: true, force: true });
}
