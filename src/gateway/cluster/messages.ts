import type { MetricSnapshot } from '../metrics.js';

/**
 * The IPC protocol between the primary and its gateway workers (node:cluster's channel, JSON-serialised). Every
 * message carries `bastion: 1` so that messages of other libraries on the same channel are ignored.
 */

/** What a worker reports once it listens: the banner lines the primary prints once for the whole server. */
export interface ReadyMessage {
  bastion: 1;
  type: 'ready';
  url: string;
  banner: string[];
}

/** A worker that could not start (bad store, port in use…): the primary shows this and decides. */
export interface FatalMessage {
  bastion: 1;
  type: 'fatal';
  message: string;
  exitCode: number;
}

/** A worker asks the primary to do something for the whole server; the answer comes back as a ResponseMessage. */
export interface RequestMessage {
  bastion: 1;
  type: 'request';
  id: number;
  op: ClusterOp;
}

export type ClusterOp =
  | { kind: 'metrics' }
  /** A key was revoked or rotated through this worker: every other worker drops it from its auth cache. */
  | { kind: 'key-changed'; keyId: string }
  | { kind: 'approvals'; call: ApprovalCall };

/** Tool-call approvals live in the primary so the held answer can be collected from any worker. */
export type ApprovalCall =
  | { method: 'hold'; input: unknown; now: number }
  | { method: 'get'; id: string; now: number }
  | { method: 'decide'; id: string; status: 'approved' | 'denied'; now: number }
  | { method: 'collect'; id: string; keyId: string; now: number }
  | { method: 'list'; now: number };

export interface ResponseMessage {
  bastion: 1;
  type: 'response';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

/** The primary asks a worker for something (its metrics, to drop a key); the worker answers with a `reply`. */
export interface CommandMessage {
  bastion: 1;
  type: 'command';
  id: number;
  command: { kind: 'snapshot' } | { kind: 'invalidate-key'; keyId: string } | { kind: 'shutdown' };
}

export interface ReplyMessage {
  bastion: 1;
  type: 'reply';
  id: number;
  snapshot?: MetricSnapshot[];
}

export type WorkerToPrimary = ReadyMessage | FatalMessage | RequestMessage | ReplyMessage;
export type PrimaryToWorker = ResponseMessage | CommandMessage;

export function isBastionMessage(value: unknown): value is { bastion: 1; type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { bastion?: unknown }).bastion === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Environment variables the primary sets for a worker. */
export const WORKER_SLOT_ENV = 'BASTION_WORKER_SLOT';
/**
 * Set for the very first worker only, which starts alone: it does the once-per-start work (store migrations, the docs
 * assistant's ingest) before the other workers start.
 */
export const FIRST_WORKER_ENV = 'BASTION_WORKER_FIRST';
