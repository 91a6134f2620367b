import cluster, { type Worker } from 'node:cluster';
import { BastionError } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import type { MetricSnapshot } from '../metrics.js';
import {
  FIRST_WORKER_ENV,
  isBastionMessage,
  WORKER_SLOT_ENV,
  type FatalMessage,
  type ReadyMessage,
  type WorkerToPrimary,
} from './messages.js';
import { createPrimaryServices } from './primary-services.js';

export interface RestartPolicy {
  /** Delay before the first restart of a worker that died; doubles per consecutive death, up to `maxMs`. */
  initialMs: number;
  maxMs: number;
  /** A worker that served this long before dying counts as healthy again: its backoff starts over. */
  stableMs: number;
  /** Restarts in a row that die before listening, after which the primary gives up and exits non-zero. */
  maxStartFailures: number;
}

export const DEFAULT_RESTART: RestartPolicy = {
  initialMs: 200,
  maxMs: 15_000,
  stableMs: 30_000,
  maxStartFailures: 5,
};

export interface SupervisorOptions {
  workers: number;
  logger: Logger;
  /** Called once, when every worker listens: the URL and the first worker's banner lines. */
  onReady(ready: { url: string; banner: string[] }): void;
  restart?: Partial<RestartPolicy>;
  /** How long a metrics scrape waits for the workers' snapshots; a worker that misses it is left out (and counted). */
  scrapeDeadlineMs?: number;
  /** How long workers get to drain on shutdown before they are killed. */
  shutdownGraceMs?: number;
}

export interface SupervisorResult {
  exitCode: number;
  /** Why the server stopped, when it was not asked to (a worker that could not start). */
  error?: BastionError;
}

export interface Supervisor {
  readonly done: Promise<SupervisorResult>;
  /** Drains and stops every worker; a second call kills them at once (exit code 130). */
  stop(signal: string): void;
  /**
   * Rolling restart (SIGHUP): one slot after the other, a new worker (which reads the config file again) starts, and
   * once it listens the old one drains and exits, so the server never has fewer than N workers. If a new worker
   * cannot start (a broken config), the reload stops there and the running workers keep serving.
   */
  reload(): Promise<void>;
}

interface Slot {
  slot: number;
  worker: Worker | undefined;
  ready: boolean;
  startedAt: number;
  /** Consecutive deaths, for the backoff. */
  deaths: number;
  /** Consecutive deaths before listening, for giving up. */
  startFailures: number;
  lastError: FatalMessage | undefined;
  lastSnapshot: MetricSnapshot[] | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The primary of `bastion serve --workers N`: forks N gateway workers (node:cluster; they share the listening
 * socket; the first alone, the others once it listens), restarts one that dies with exponential backoff, gives up
 * with the worker's own error when workers keep dying before they listen (a port in use, a store that cannot open),
 * replaces them one by one on reload, and serves what must be one per server (primary-services.ts: metrics summed
 * over every worker, key revocations broadcast to every worker's auth cache, tool-call approvals). It never handles
 * a request itself.
 *
 * @example
 * const supervisor = superviseWorkers({ workers: 4, logger, onReady: ({ url }) => console.log(url) });
 * process.on('SIGTERM', () => supervisor.stop('SIGTERM'));
 * process.exitCode = (await supervisor.done).exitCode;
 */
export function superviseWorkers(options: SupervisorOptions): Supervisor {
  const log = options.logger;
  const policy = { ...DEFAULT_RESTART, ...options.restart };
  const scrapeDeadlineMs = options.scrapeDeadlineMs ?? 1000;
  const slots: Slot[] = Array.from({ length: options.workers }, (_, i) => ({
    slot: i + 1,
    worker: undefined,
    ready: false,
    startedAt: 0,
    deaths: 0,
    startFailures: 0,
    lastError: undefined,
    lastSnapshot: undefined,
    timer: undefined,
  }));
  let firstReady: ReadyMessage | undefined;
  let everReady = false;
  let stopping = false;
  let restarts = 0;
  let killTimer: NodeJS.Timeout | undefined;
  let failedShutdown = false;
  let failure: SupervisorResult | undefined;
  let finish: (result: SupervisorResult) => void = () => {};
  let finished = false;
  const done = new Promise<SupervisorResult>((resolve) => {
    finish = (result) => {
      if (finished) return;
      finished = true;
      if (killTimer) clearTimeout(killTimer);
      resolve(result);
    };
  });
  const services = createPrimaryServices({
    logger: log,
    workers: options.workers,
    deadlineMs: scrapeDeadlineMs,
    restarts: () => restarts,
    live: () =>
      slots.flatMap((slot) =>
        slot.worker && slot.ready
          ? [
              {
                slot: slot.slot,
                worker: slot.worker,
                remember: (m: MetricSnapshot[]) => (slot.lastSnapshot = m),
              },
            ]
          : [],
      ),
  });
  const { send, ask } = services;

  const onMessage = (slot: Slot, worker: Worker, message: unknown): void => {
    if (!isBastionMessage(message)) return;
    const m = message as WorkerToPrimary;
    switch (m.type) {
      case 'ready':
        slot.ready = true;
        slot.startFailures = 0;
        if (firstReady === undefined) {
          firstReady = m;
          // Worker 1 did the once-per-start work alone; now the others join it.
          for (const other of slots) if (!other.worker && !other.timer) fork(other);
        }
        if (everReady) log.info('gateway worker listening again', { worker: slot.slot });
        else if (slots.every((s) => s.ready)) {
          everReady = true;
          options.onReady({ url: firstReady.url, banner: firstReady.banner });
        }
        return;
      case 'fatal':
        slot.lastError = m;
        return;
      case 'request':
        void services.onRequest(worker, m);
        return;
      case 'reply':
        services.onReply(m);
        return;
    }
  };

  const fork = (slot: Slot): void => {
    slot.timer = undefined;
    if (stopping) return;
    const env: Record<string, string> = { [WORKER_SLOT_ENV]: String(slot.slot) };
    if (firstReady === undefined && slot.slot === 1) env[FIRST_WORKER_ENV] = '1';
    const worker = cluster.fork(env);
    Object.assign(slot, { worker, ready: false, startedAt: Date.now(), lastError: undefined });
    log.info('gateway worker started', { worker: slot.slot, pid: worker.process.pid });
    worker.on('message', (message: unknown) => onMessage(slot, worker, message));
    worker.on('exit', (code, signal) => onExit(slot, worker, code, signal));
    // 'error' on a worker is an IPC failure; its exit follows and is handled there.
    worker.on('error', (error) => log.warn('gateway worker channel error', { worker: slot.slot, error }));
  };

  const workerError = (slot: Slot, code: number | null, signal: string | null): BastionError =>
    new BastionError(
      'BASTION_ERR_GATEWAY_WORKER_FAILED',
      `worker ${slot.slot} ${slot.lastError ? `failed to start: ${slot.lastError.message}` : `exited (${signal ?? `code ${code}`}) before it listened`}`,
    );

  const onExit = (slot: Slot, worker: Worker, code: number | null, signal: string | null): void => {
    if (slot.worker !== worker) return;
    const wasReady = slot.ready;
    Object.assign(slot, { worker: undefined, ready: false });
    if (slot.lastSnapshot) {
      services.retire(slot.lastSnapshot);
      slot.lastSnapshot = undefined;
    }
    if (stopping) {
      if (code !== 0 && signal === null) failedShutdown = true;
      settleIfStopped();
      return;
    }
    if (!everReady) {
      // The first start failed: every retry would fail the same way (port in use, bad store), so say it at once.
      const error = workerError(slot, code, signal);
      log.error('gateway worker could not start; stopping', { worker: slot.slot, reason: error.message });
      failure = { exitCode: slot.lastError?.exitCode ?? 1, error };
      stopAll();
      settleIfStopped();
      return;
    }
    if (wasReady && Date.now() - slot.startedAt >= policy.stableMs) slot.deaths = 0;
    slot.deaths += 1;
    if (!wasReady) slot.startFailures += 1;
    if (slot.startFailures >= policy.maxStartFailures) {
      const error = workerError(slot, code, signal);
      log.error('gateway worker keeps failing to start; stopping the server', {
        worker: slot.slot,
        attempts: slot.startFailures,
        reason: error.message,
      });
      failure = { exitCode: slot.lastError?.exitCode ?? 1, error };
      stopAll();
      settleIfStopped();
      return;
    }
    const delayMs = Math.min(policy.maxMs, policy.initialMs * 2 ** (slot.deaths - 1));
    restarts += 1;
    log.error('gateway worker died; restarting', {
      worker: slot.slot,
      code,
      signal,
      restartInMs: delayMs,
      ...(slot.lastError ? { reason: slot.lastError.message } : {}),
    });
    slot.timer = setTimeout(() => fork(slot), delayMs);
  };

  /** Asks every worker to drain and exit; kills the ones still running after the grace period. */
  const stopAll = (): void => {
    stopping = true;
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      if (slot.worker)
        send(slot.worker, { bastion: 1, type: 'command', id: 0, command: { kind: 'shutdown' } });
    }
    killTimer = setTimeout(() => {
      for (const slot of slots) slot.worker?.process.kill('SIGKILL');
    }, options.shutdownGraceMs ?? 15_000);
    killTimer.unref();
  };

  // Only while stopping on purpose does an exit settle `done`; a failure settles with its own result.
  const settleIfStopped = (): void => {
    if (slots.every((s) => !s.worker)) finish(failure ?? { exitCode: failedShutdown ? 1 : 0 });
  };

  /** Starts a replacement for `slot` beside its worker; swaps them once it listens. Rejects if it cannot start. */
  const replace = (slot: Slot): Promise<void> =>
    new Promise((resolve, reject) => {
      const env: Record<string, string> = { [WORKER_SLOT_ENV]: String(slot.slot) };
      // The new worker 1 re-runs the once-per-start work (the docs folder may have changed too).
      if (slot.slot === 1) env[FIRST_WORKER_ENV] = '1';
      const worker = cluster.fork(env);
      log.info('gateway worker started', { worker: slot.slot, pid: worker.process.pid, reload: true });
      let adopted = false;
      let fatal: FatalMessage | undefined;
      worker.on('message', (message: unknown) => {
        if (adopted) return onMessage(slot, worker, message);
        if (!isBastionMessage(message)) return;
        const m = message as WorkerToPrimary;
        if (m.type === 'fatal') fatal = m;
        else if (m.type === 'request') void services.onRequest(worker, m);
        else if (m.type === 'reply') services.onReply(m);
        else if (m.type === 'ready') {
          const old = slot.worker;
          adopted = true;
          if (slot.timer) clearTimeout(slot.timer);
          Object.assign(slot, { worker, ready: true, startedAt: Date.now(), deaths: 0, timer: undefined });
          if (!old) return resolve();
          // Keep what the old worker counted (the server's counters never go backwards), then let it drain.
          void ask(old, { kind: 'snapshot' }).then((reply) => {
            const last = reply?.snapshot ?? slot.lastSnapshot;
            if (last) services.retire(last);
            slot.lastSnapshot = undefined;
            old.once('exit', () => resolve());
            send(old, { bastion: 1, type: 'command', id: 0, command: { kind: 'shutdown' } });
          });
        }
      });
      worker.on('exit', (code, signal) => {
        if (adopted) return onExit(slot, worker, code, signal);
        reject(
          new BastionError(
            'BASTION_ERR_GATEWAY_WORKER_FAILED',
            `worker ${slot.slot} ${fatal ? `failed to start: ${fatal.message}` : `exited (${signal ?? `code ${code}`}) before it listened`}`,
          ),
        );
      });
      worker.on('error', (error) => log.warn('gateway worker channel error', { worker: slot.slot, error }));
    });

  let reloading = false;
  const reload = async (): Promise<void> => {
    if (stopping || reloading || !everReady) {
      log.warn('reload ignored: the server is starting, stopping or already reloading');
      return;
    }
    reloading = true;
    log.info('reloading: replacing the workers one by one', { workers: options.workers });
    try {
      for (const slot of slots) {
        if (stopping) return;
        await replace(slot);
      }
      log.info('reload complete: every worker runs the current configuration', { workers: options.workers });
    } catch (error) {
      log.error('reload failed; the running workers keep serving with the configuration they started with', {
        reason: (error as Error).message,
      });
    } finally {
      reloading = false;
    }
  };

  // Worker 1 first, alone (store migrations, docs ingest); the rest when it listens (onMessage 'ready').
  fork(slots[0] as Slot);

  return {
    done,
    reload,
    stop(signal) {
      if (stopping) {
        log.warn('second signal: killing the workers without draining', { signal });
        for (const slot of slots) slot.worker?.process.kill('SIGKILL');
        finish({ exitCode: 130 });
        return;
      }
      log.info('shutting down: draining every worker', { signal, workers: options.workers });
      stopAll();
      settleIfStopped();
    },
  };
}
