import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { BastionError } from '../../core/errors/index.js';
import { httpCall } from '../http-call.js';

export interface ReplicaSpec {
  readonly name: string;
  readonly command: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Polled until it answers (any status) before the replica counts as started. */
  readonly readyUrl?: string;
  readonly readyTimeoutMs: number;
}

interface Replica {
  spec: ReplicaSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Last output lines, kept for the journal when a start fails. */
  output: string[];
}

/**
 * Processes an experiment started (e.g. gateway replicas), so actions can kill and restart them
 * by name and the runner can stop every one of them when the run ends, whatever happened.
 */
export class Replicas {
  private readonly running = new Map<string, Replica>();

  /** @param baseEnv the environment replicas inherit (the run's, passed down from the CLI). */
  constructor(private readonly baseEnv: Readonly<Record<string, string | undefined>> = {}) {}

  names(): string[] {
    return [...this.running.keys()];
  }

  pid(name: string): number | undefined {
    return this.running.get(name)?.child.pid;
  }

  get(name: string): Replica {
    const replica = this.running.get(name);
    if (!replica)
      throw new BastionError(
        'BASTION_ERR_CHAOS_ACTION_FAILED',
        `no replica named "${name}" was started by this run`,
      );
    return replica;
  }

  async start(spec: ReplicaSpec, signal?: AbortSignal): Promise<number> {
    const existing = this.running.get(spec.name);
    if (existing && existing.child.exitCode === null && existing.child.signalCode === null) {
      throw new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `replica "${spec.name}" is already running`);
    }
    const [file, ...args] = spec.command;
    if (!file)
      throw new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `replica "${spec.name}": empty command`);
    const child = spawn(file, args, {
      cwd: spec.cwd,
      env: { ...this.baseEnv, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      if (output.length > 50) output.splice(0, output.length - 50);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', (error) => {
        output.push(String(error));
        resolve(null);
      });
    });
    const replica: Replica = { spec, child, exited, output };
    this.running.set(spec.name, replica);
    await this.waitReady(replica, signal);
    return child.pid ?? 0;
  }

  private async waitReady(replica: Replica, signal?: AbortSignal): Promise<void> {
    const { spec, child } = replica;
    const deadline = performance.now() + spec.readyTimeoutMs;
    const dead = () => child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
    if (!spec.readyUrl) {
      await sleep(200);
      if (dead()) this.failStart(replica, 'exited right after starting');
      return;
    }
    while (performance.now() < deadline) {
      if (signal?.aborted) return;
      if (dead()) this.failStart(replica, 'exited before it was ready');
      try {
        await httpCall({ url: spec.readyUrl, timeoutMs: 1000 });
        return;
      } catch {
        await sleep(100);
      }
    }
    child.kill('SIGKILL');
    this.failStart(replica, `not ready at ${spec.readyUrl} within ${spec.readyTimeoutMs} ms`);
  }

  private failStart(replica: Replica, why: string): never {
    throw new BastionError(
      'BASTION_ERR_CHAOS_ACTION_FAILED',
      `replica "${replica.spec.name}" ${why}: ${replica.output.slice(-5).join(' | ')}`,
    );
  }

  /** Sends a signal and waits (up to 10 s) for the process to exit. */
  async kill(
    name: string,
    signalName: NodeJS.Signals,
  ): Promise<{ pid: number | undefined; exitCode: number | null }> {
    const replica = this.get(name);
    const pid = replica.child.pid;
    if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill(signalName);
    const exitCode = await Promise.race([replica.exited, sleep(10_000).then(() => null)]);
    return { pid, exitCode };
  }

  async restart(name: string, signal?: AbortSignal): Promise<number> {
    const replica = this.get(name);
    if (replica.child.exitCode === null && replica.child.signalCode === null)
      await this.kill(name, 'SIGTERM');
    return this.start(replica.spec, signal);
  }

  /** Stops every replica still running: SIGTERM, then SIGKILL after 3 s. */
  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.running.values()].map(async (r) => {
        if (r.child.exitCode !== null || r.child.signalCode !== null) return;
        r.child.kill('SIGTERM');
        const done = await Promise.race([r.exited.then(() => true), sleep(3000).then(() => false)]);
        if (!done) {
          r.child.kill('SIGKILL');
          await r.exited;
        }
      }),
    );
    this.running.clear();
  }
}
