import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BastionError } from '../../core/errors/index.js';

export interface CommandResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

const KEEP = 64 * 1024;

/** Runs an argv (or `sh -c` for a string) with a deadline; output is capped for the journal. */
export function runCommand(
  command: string | readonly string[],
  opts: {
    cwd: string;
    /** The run's environment (inherited), then the step's own variables on top. */
    baseEnv: Readonly<Record<string, string | undefined>>;
    env?: Record<string, string>;
    timeoutMs: number;
    signal?: AbortSignal;
    baseDir: string;
  },
): Promise<CommandResult> {
  const [file, ...args] = typeof command === 'string' ? ['sh', '-c', command] : command;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file ?? '', args, {
      cwd: resolve(opts.baseDir, opts.cwd),
      env: { ...opts.baseEnv, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => (stdout = (stdout + c.toString()).slice(-KEEP)));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-KEEP)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    const onAbort = () => child.kill('SIGKILL');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (cause) => {
      clearTimeout(timer);
      reject(
        new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `cannot run ${file}: ${cause.message}`, {
          cause,
        }),
      );
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolvePromise({
        exitCode: code,
        signal,
        stdout,
        stderr,
        timedOut,
        durationMs: performance.now() - started,
      });
    });
  });
}
