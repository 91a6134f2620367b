import { BastionError } from '../../core/errors/index.js';
import type { Approval, Approvals } from '../approvals.js';
import type { MetricSnapshot } from '../metrics.js';
import {
  isBastionMessage,
  WORKER_SLOT_ENV,
  type ClusterOp,
  type CommandMessage,
  type PrimaryToWorker,
  type ResponseMessage,
  type WorkerToPrimary,
} from './messages.js';

/** What a worker answers when the primary asks (wired by createGateway). */
export interface WorkerHandlers {
  snapshot(): MetricSnapshot[];
  invalidateKey(keyId: string): void;
}

/**
 * A gateway worker's line to the cluster primary: the whole server's metrics, key changes every worker must see,
 * and the tool-call approvals the primary keeps. Passed to createGateway as `cluster`.
 */
export interface ClusterLink {
  /** This worker's slot, 1…N; stable across restarts. */
  readonly slot: number;
  /** Prometheus text for the whole server (every worker's metrics merged by the primary). */
  metrics(): Promise<string>;
  /** Tells every other worker to drop `keyId` from its auth cache; resolves once they did (or a deadline passed). */
  keyChanged(keyId: string): Promise<void>;
  readonly approvals: Approvals;
  /** Registers what this worker answers to the primary's commands. */
  serve(handlers: WorkerHandlers): void;
  /** Called when the primary asks this worker to drain and exit (it is shutting the server down). */
  onShutdown(stop: () => void): void;
  ready(url: string, banner: string[]): void;
  /** Reports a start-up failure; resolves once the message is on its way (the worker exits next). */
  fatal(message: string, exitCode: number): Promise<void>;
}

type Sender = (message: WorkerToPrimary) => void;

/**
 * Connects this process (a node:cluster worker) to its primary over the IPC channel.
 *
 * @example
 * const cluster = connectToPrimary();
 * const gateway = createGateway({ loaded, store, cluster });
 */
export function connectToPrimary(channel: NodeJS.Process = process, requestDeadlineMs = 5000): ClusterLink {
  const slot = Number(channel.env[WORKER_SLOT_ENV] ?? '1');
  const send: Sender = (message) => {
    if (channel.connected && channel.send) channel.send(message);
  };
  const waiting = new Map<number, (response: ResponseMessage) => void>();
  let nextId = 1;
  let handlers: WorkerHandlers | undefined;
  let shutdown: (() => void) | undefined;
  // A shutdown that arrives while the worker is still starting is kept for when it registers its handler.
  let shutdownRequested = false;

  const request = (op: ClusterOp): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(
          new BastionError('BASTION_ERR_GATEWAY_CLUSTER_UNAVAILABLE', undefined, {
            details: { op: op.kind },
          }),
        );
      }, requestDeadlineMs);
      waiting.set(id, (response) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (response.ok) resolve(response.value);
        else
          reject(
            new BastionError('BASTION_ERR_GATEWAY_CLUSTER_UNAVAILABLE', undefined, {
              details: { op: op.kind, reason: response.error },
            }),
          );
      });
      send({ bastion: 1, type: 'request', id, op });
    });

  const onCommand = (message: CommandMessage): void => {
    const { command } = message;
    if (command.kind === 'shutdown') {
      shutdownRequested = true;
      shutdown?.();
      return;
    }
    if (command.kind === 'invalidate-key') handlers?.invalidateKey(command.keyId);
    const snapshot = command.kind === 'snapshot' ? handlers?.snapshot() : undefined;
    send({ bastion: 1, type: 'reply', id: message.id, ...(snapshot ? { snapshot } : {}) });
  };

  channel.on('message', (message: unknown) => {
    if (!isBastionMessage(message)) return;
    const m = message as PrimaryToWorker;
    if (m.type === 'response') waiting.get(m.id)?.(m);
    else if (m.type === 'command') onCommand(m);
  });

  const approval = (value: unknown): Approval | undefined => (value ?? undefined) as Approval | undefined;
  const approvals: Approvals = {
    hold: async (input, now) =>
      (await request({ kind: 'approvals', call: { method: 'hold', input, now } })) as Approval,
    get: async (id, now) => approval(await request({ kind: 'approvals', call: { method: 'get', id, now } })),
    decide: async (id, status, now) =>
      approval(await request({ kind: 'approvals', call: { method: 'decide', id, status, now } })),
    collect: async (id, keyId, now) =>
      approval(await request({ kind: 'approvals', call: { method: 'collect', id, keyId, now } })),
    list: async (now) => (await request({ kind: 'approvals', call: { method: 'list', now } })) as Approval[],
  };

  return {
    slot,
    async metrics() {
      return (await request({ kind: 'metrics' })) as string;
    },
    async keyChanged(keyId) {
      await request({ kind: 'key-changed', keyId });
    },
    approvals,
    serve(h) {
      handlers = h;
    },
    onShutdown(stop) {
      shutdown = stop;
      if (shutdownRequested) stop();
    },
    ready(url, banner) {
      send({ bastion: 1, type: 'ready', url, banner });
    },
    fatal(message, exitCode) {
      return new Promise((resolve) => {
        if (!channel.connected || !channel.send) return resolve();
        channel.send(
          { bastion: 1, type: 'fatal', message, exitCode } satisfies WorkerToPrimary,
          undefined,
          {},
          () => resolve(),
        );
      });
    },
  };
}
