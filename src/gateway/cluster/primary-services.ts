import type { Worker } from 'node:cluster';
import type { Logger } from '../../core/log.js';
import { createApprovalTable, type HoldInput } from '../approvals.js';
import { renderMetricSnapshot, type MetricSnapshot } from '../metrics.js';
import type {
  ApprovalCall,
  CommandMessage,
  ReplyMessage,
  RequestMessage,
  ResponseMessage,
} from './messages.js';
import { mergeWorkerMetrics, retire } from './metrics-merge.js';

/** Longer than the key cache TTL (2 s, store/key-cache.ts): see the key-changed request below. */
export const KEY_CHANGE_DEADLINE_MS = 2500;

/** A listening worker, as the services see it. */
export interface ServedWorker {
  slot: number;
  worker: Worker;
  /** Keeps the worker's latest metrics, retired into the totals when it exits. */
  remember(snapshot: MetricSnapshot[]): void;
}

export interface PrimaryServicesOptions {
  logger: Logger;
  workers: number;
  /** How long the primary waits for a worker's reply (a metrics snapshot, a dropped key). */
  deadlineMs: number;
  live(): ServedWorker[];
  restarts(): number;
}

/**
 * What the primary does for its workers over IPC, apart from starting and stopping them: the whole server's
 * metrics (every worker's snapshot, merged, plus what exited workers had counted), key changes broadcast to every
 * worker's auth cache, and the one table of held tool-call approvals.
 */
export function createPrimaryServices(options: PrimaryServicesOptions) {
  const log = options.logger;
  const approvals = createApprovalTable();
  const pending = new Map<number, (reply: ReplyMessage) => void>();
  let nextId = 1;
  let retired: MetricSnapshot[] = [];

  const send = (worker: Worker, message: ResponseMessage | CommandMessage): void => {
    // A worker that is exiting has closed its channel; its 'exit' handler deals with it.
    if (worker.isConnected()) worker.send(message);
  };

  /** Sends a command to one worker; resolves with its reply, or undefined after the deadline. */
  const ask = (
    worker: Worker,
    command: CommandMessage['command'],
    deadlineMs = options.deadlineMs,
  ): Promise<ReplyMessage | undefined> =>
    new Promise((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(undefined);
      }, deadlineMs);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(reply);
      });
      send(worker, { bastion: 1, type: 'command', id, command });
    });

  /** Sends a command to every listening worker; resolves with the replies that came before the deadline. */
  const broadcast = async (command: CommandMessage['command'], deadlineMs = options.deadlineMs) => {
    const replies = await Promise.all(
      options.live().map(async (w) => {
        const reply = await ask(w.worker, command, deadlineMs);
        return reply ? { w, reply } : undefined;
      }),
    );
    return replies.filter((r) => r !== undefined);
  };

  const collectMetrics = async (): Promise<string> => {
    const replies = await broadcast({ kind: 'snapshot' });
    const workers = replies.flatMap(({ w, reply }) => {
      if (!reply.snapshot) return [];
      w.remember(reply.snapshot);
      return [{ slot: w.slot, metrics: reply.snapshot }];
    });
    const merged = mergeWorkerMetrics([{ slot: 0, metrics: retired }, ...workers]);
    const own: MetricSnapshot[] = [
      gauge('bastion_workers', 'Gateway worker processes configured (server.workers).', options.workers),
      gauge(
        'bastion_workers_scraped',
        'Workers whose metrics this scrape includes (fewer than bastion_workers: one missed the deadline or is restarting).',
        workers.length,
      ),
      {
        name: 'bastion_worker_restarts_total',
        help: 'Gateway workers restarted after they died.',
        type: 'counter',
        labelNames: [],
        merge: 'sum',
        series: [{ values: [], value: options.restarts() }],
      },
    ];
    return [...merged, ...own].map(renderMetricSnapshot).join('\n') + '\n';
  };

  const approvalCall = (call: ApprovalCall): unknown => {
    switch (call.method) {
      case 'hold':
        return approvals.hold(call.input as HoldInput, call.now);
      case 'get':
        return approvals.get(call.id, call.now);
      case 'decide':
        return approvals.decide(call.id, call.status, call.now);
      case 'collect':
        return approvals.collect(call.id, call.keyId, call.now);
      case 'list':
        return approvals.list(call.now);
    }
  };

  return {
    send,
    ask,
    onReply(reply: ReplyMessage): void {
      pending.get(reply.id)?.(reply);
    },
    /** Keeps an exited worker's counters and histograms in the totals. */
    retire(last: MetricSnapshot[]): void {
      retired = retire(retired, last);
    },
    async onRequest(worker: Worker, request: RequestMessage): Promise<void> {
      const { op } = request;
      let value: unknown;
      try {
        if (op.kind === 'metrics') value = await collectMetrics();
        else if (op.kind === 'key-changed') {
          // Every worker drops the key before the admin call that changed it returns. A worker too busy to answer
          // within KEY_CHANGE_DEADLINE_MS has by then let any entry cached before the change expire (TTL 2 s), so
          // either way no worker accepts the old secret once the admin API has answered.
          await broadcast({ kind: 'invalidate-key', keyId: op.keyId }, KEY_CHANGE_DEADLINE_MS);
        } else value = approvalCall(op.call);
        send(worker, { bastion: 1, type: 'response', id: request.id, ok: true, value });
      } catch (error) {
        log.error('cluster: a worker request failed', { op: op.kind, error });
        send(worker, { bastion: 1, type: 'response', id: request.id, ok: false, error: String(error) });
      }
    },
  };
}

function gauge(name: string, help: string, value: number): MetricSnapshot {
  return { name, help, type: 'gauge', labelNames: [], merge: 'sum', series: [{ values: [], value }] };
}
