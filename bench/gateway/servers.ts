/** Child processes for the benchmark: the fake upstream, Bastion and Portkey, each in its own process. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { bundleForNode } from './ab-trees.js';
import { benchConfigYaml } from './bench-config.js';

export const PORTKEY_VERSION = '1.15.2';
const PORTKEY_DIR = resolve('.cache/bench/portkey');

export interface Child {
  name: string;
  process: ChildProcess;
  stop(): void;
  /** Peak resident set size in MiB (Linux VmHWM). */
  peakRssMiB(): number;
  /** CPU time used so far (user + system) in milliseconds, from /proc. */
  cpuMs(): number;
}

function child(name: string, proc: ChildProcess): Child {
  return {
    name,
    process: proc,
    stop: () => {
      proc.kill('SIGTERM');
    },
    peakRssMiB: () => {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks of 10 ms; the name field may hold spaces.
      const fields = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
  };
}

/** The pids of `pid`'s children (Linux /proc; threads' children included). */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(' ').map(Number));
    }
  } catch {
    // exited meanwhile
  }
  return out;
}

function procStatus(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

export function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * A server made of several processes (`bastion serve --workers N`: the primary and its workers): CPU time is the sum
 * over the primary and every worker; peak RSS is the sum of each process's own peak (an upper bound of the peak of
 * the sum, since the processes need not peak at the same moment: the honest figure to compare with a one-process
 * server's peak).
 */
function treeChild(name: string, proc: ChildProcess): Child & { processes(): number } {
  const pids = (): number[] => (proc.pid === undefined ? [] : [proc.pid, ...childPids(proc.pid)]);
  return {
    name,
    process: proc,
    stop: () => {
      proc.kill('SIGTERM');
    },
    peakRssMiB: () => pids().reduce((sum, pid) => sum + procStatus(pid, 'VmHWM'), 0),
    cpuMs: () => pids().reduce((sum, pid) => sum + procCpuMs(pid), 0),
    processes: () => pids().length,
  };
}

/**
 * Resolves with the first stdout line (matching `pattern`, when given); rejects when the process exits first or
 * after a deadline.
 */
function firstLine(proc: ChildProcess, name: string, pattern?: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`${name}: no output within ${timeoutMs} ms\n${err}`)),
      timeoutMs,
    );
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        const line = out.slice(0, nl).trim();
        out = out.slice(nl + 1);
        if (!pattern || pattern.test(line)) {
          clearTimeout(timer);
          resolvePromise(line);
        }
      }
    });
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}\n${err}`));
    });
  });
}

export async function startUpstream(): Promise<{ child: Child; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/fake-upstream.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await firstLine(proc, 'fake upstream');
  return { child: child('upstream', proc), url };
}

/**
 * Bundles the Bastion bench server into one ES module with esbuild, dependencies external. Running it with plain
 * node leaves out tsx's loader thread (15-20 MiB of peak RSS), as `npm start` does by running dist/; the code that runs per
 * request is the same. The bundle sits three folders deep, like the sources, so paths resolved from
 * import.meta.url (model weights) stay right.
 */
export function bundleBastion(): Promise<string> {
  return bundleForNode(
    { entryPoints: ['bench/gateway/bastion-server.ts'] },
    resolve('.cache/bench/gateway/bastion-server.mjs'),
  );
}

/**
 * The node flags `npm start` serves with, read from scripts/start.sh itself so that the benchmark can never run
 * Bastion differently from how users run it. An operator's NODE_OPTIONS setting wins there, so it does here.
 */
export function serveNodeFlags(): string[] {
  const script = readFileSync('scripts/start.sh', 'utf8');
  const match = /^SERVE_NODE_FLAGS="([^"]*)"$/m.exec(script);
  if (!match) throw new Error('scripts/start.sh: no SERVE_NODE_FLAGS="…" line');
  if (/--max[-_]semi[-_]space[-_]size/.test(process.env.NODE_OPTIONS ?? '')) return [];
  return (match[1] ?? '').split(' ').filter(Boolean);
}

/** The environment `npm start` serves with: scripts/start.sh's malloc arena cap, unless the caller set one. */
export function serveEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const script = readFileSync('scripts/start.sh', 'utf8');
  const arenas = /^SERVE_MALLOC_ARENA_MAX="([^"]*)"$/m.exec(script)?.[1];
  if (!arenas) throw new Error('scripts/start.sh: no SERVE_MALLOC_ARENA_MAX="…" line');
  return { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? arenas, ...extra };
}

export async function startBastion(
  name: string,
  entry: string,
  upstreamBaseUrl: string,
  db: string,
  counters: 'memory' | 'sqlite',
): Promise<{ child: Child; url: string; key: string }> {
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry];
  const proc = spawn(process.execPath, [...serveNodeFlags(), ...args, upstreamBaseUrl, db], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serveEnv({ BENCH_COUNTERS: counters }),
  });
  const line = await firstLine(proc, name);
  const { url, key } = JSON.parse(line) as { url: string; key: string };
  return { child: child(name, proc), url, key };
}

/**
 * Bastion exactly as users run it: `npm start` (scripts/start.sh → build dist/ if stale → node with its flags →
 * bin/bastion.js → dist/cli/main.js `serve`) on a config file, with a key made by `bastion keys create`. SQLite
 * counters, the shipped default. `extraEnv` adds to the environment (e.g. NODE_OPTIONS, which wins over start.sh's young
 * generation flag, or BASTION_RUNTIME=tsx to run the sources through tsx). `startMs`: from spawning start.sh to
 * its "listening on" line.
 */
export async function startBastionServe(
  name: string,
  upstreamBaseUrl: string,
  dir: string,
  extraEnv: Record<string, string> = {},
  serveArgs: string[] = [],
): Promise<{ child: Child; url: string; key: string; startMs: number }> {
  const config = join(dir, `${name}.yaml`);
  writeFileSync(config, benchConfigYaml(upstreamBaseUrl, join(dir, `${name}.db`)));
  const baseEnv = { ...process.env, BENCH_COUNTERS: 'sqlite' };
  const env = { ...baseEnv, ...extraEnv };
  // Built first, so that the timing below is the start of an up-to-date checkout, as every start after the first.
  execFileSync(process.execPath, ['scripts/build.js', '--if-stale'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const key = execFileSync(
    process.execPath,
    ['bin/bastion.js', 'keys', 'create', '--use-case', 'bench', '--config', config],
    // Without extraEnv: node flags such as --trace-gc would print into the key on stdout.
    { env: baseEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
  const started = performance.now();
  // `exec node` in start.sh: the bash process becomes the node server, so its /proc entry is the server's.
  const proc = spawn(
    'bash',
    ['scripts/start.sh', '--config', config, '--host', '127.0.0.1', '--port', '0', ...serveArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  const line = await firstLine(proc, name, /listening on /);
  const startMs = performance.now() - started;
  const url = /listening on (\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`${name}: unexpected first line: ${line}`);
  proc.stdout?.resume();
  // With --workers the server is the primary plus its workers: count them all.
  const several = serveArgs.includes('--workers');
  return { child: several ? treeChild(name, proc) : child(name, proc), url, key, startMs };
}

export async function startBareProxy(upstreamOrigin: string): Promise<{ child: Child; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/gateway/bare-proxy.ts', upstreamOrigin], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await firstLine(proc, 'bare proxy');
  return { child: child('bare-proxy', proc), url };
}

/**
 * Installs Portkey's open-source gateway into .cache/bench/portkey (once). Its Node server needs
 * @hono/node-server 1.13.5 to stream, hence the npm override.
 */
export function ensurePortkey(): string {
  const entry = join(PORTKEY_DIR, 'node_modules/@portkey-ai/gateway/build/start-server.js');
  const pkgFile = join(PORTKEY_DIR, 'node_modules/@portkey-ai/gateway/package.json');
  if (
    existsSync(pkgFile) &&
    (JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }).version === PORTKEY_VERSION
  ) {
    return entry;
  }
  mkdirSync(PORTKEY_DIR, { recursive: true });
  writeFileSync(
    join(PORTKEY_DIR, 'package.json'),
    JSON.stringify(
      {
        name: 'bastion-bench-portkey',
        private: true,
        dependencies: { '@portkey-ai/gateway': PORTKEY_VERSION },
        overrides: { '@hono/node-server': '1.13.5' },
      },
      null,
      2,
    ),
  );
  process.stderr.write(`installing @portkey-ai/gateway@${PORTKEY_VERSION} into ${PORTKEY_DIR} …\n`);
  execFileSync('npm', ['install', '--prefix', PORTKEY_DIR, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return entry;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

export async function startPortkey(): Promise<{ child: Child; url: string }> {
  const entry = ensurePortkey();
  const port = await freePort();
  const proc = spawn(process.execPath, [entry, '--headless', `--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  proc.stdout?.resume();
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`portkey exited with ${proc.exitCode}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) break;
    } catch {
      // not listening yet
      if (Date.now() > deadline) throw new Error('portkey did not start within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child: child('portkey', proc), url };
}
