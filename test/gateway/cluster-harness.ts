/**
 * Starts `bastion serve` as a user does (the CLI, real processes), for tests of `--workers N`: collects the banner,
 * the JSON log lines (the primary's and the workers', which share stderr) and the exit code. Also clients whose every
 * request opens a new connection, so that node:cluster's round-robin spreads them over the workers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import OpenAI from 'openai';
import { Agent, fetch as undiciFetch } from 'undici';

export interface ServeRun {
  child: ChildProcess;
  /** Resolves with stdout once the banner is complete. */
  banner: Promise<string>;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** stderr's JSON log lines, parsed. */
  logs(): Record<string, unknown>[];
}

export function serve(args: string[], env: Record<string, string> = {}): ServeRun {
  const child = spawn(process.execPath, ['bin/bastion.js', 'serve', ...args], {
    env: { ...process.env, OPENAI_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner; stdout: ${out}\nstderr: ${err}`)), 90_000);
    child.stdout?.on('data', () => {
      if (out.includes('App keys:') || out.includes('No admin key')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}: ${err}`));
    });
  });
  banner.catch(() => undefined);
  return {
    child,
    banner,
    exited,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      err
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export function urlOf(banner: string): string {
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
  if (!url) throw new Error(`no URL in the banner: ${banner}`);
  return url;
}

/** The pid of each worker, from the primary's "gateway worker started" log lines (the latest per slot). */
export function workerPids(run: ServeRun): Map<number, number> {
  const pids = new Map<number, number>();
  for (const line of run.logs())
    if (line.msg === 'gateway worker started') pids.set(line.worker as number, line.pid as number);
  return pids;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * An official SDK client whose requests each use a new TCP connection (a fresh undici Agent per request), so
 * consecutive requests reach the workers in turn instead of riding one keep-alive connection to one worker.
 */
export function freshClient(url: string, apiKey: string): OpenAI {
  const perRequest = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const agent = new Agent({ pipelining: 0 });
    try {
      const res = await undiciFetch(
        input as string,
        {
          ...(init as Parameters<typeof undiciFetch>[1]),
          dispatcher: agent,
          headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), connection: 'close' },
        } as Parameters<typeof undiciFetch>[1],
      );
      const body = await res.arrayBuffer();
      return new Response(body, { status: res.status, headers: res.headers as unknown as Headers });
    } finally {
      void agent.close();
    }
  };
  return new OpenAI({ baseURL: `${url}/v1`, apiKey, maxRetries: 0, timeout: 20_000, fetch: perRequest });
}

/** A raw GET/POST on a new connection; returns status and text. */
export async function freshRaw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; text: string }> {
  const agent = new Agent({ pipelining: 0 });
  try {
    const res = await undiciFetch(url, {
      method: init.method ?? 'GET',
      headers: { ...init.headers, connection: 'close' },
      ...(init.body === undefined ? {} : { body: init.body }),
      dispatcher: agent,
    });
    return { status: res.status, text: await res.text() };
  } finally {
    void agent.close();
  }
}

/** The value of one Prometheus series (exact label text), or undefined. */
export function metric(text: string, series: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith(series + ' ')) return Number(line.slice(series.length + 1));
  }
  return undefined;
}

/**
 * Rate limits count per UTC minute (fixed windows): a burst that straddled a minute boundary would rightly let up to
 * twice the limit through. Tests that count exactly N start their burst well inside a minute.
 */
export async function awayFromMinuteBoundary(marginMs = 10_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < marginMs) await new Promise((r) => setTimeout(r, left + 200));
}
