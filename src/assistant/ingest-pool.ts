import { Worker } from 'node:worker_threads';
import { BastionError } from '../core/errors/index.js';
import type { FileResult, FileTask } from './ingest-file.js';
import type { IngestPolicy } from './ingest-policy.js';
import type { PackedTexts, ScanOutcome } from './scan-batch.js';
import { workerSource } from './worker-source.js';

/**
 * Names the scan a worker builds for itself (a function cannot cross a thread boundary): module `url` exports
 * `name(options)` returning an `IngestScanFn`. `options` must be structured-cloneable (plain config data).
 */
export interface ScannerModule {
  url: string;
  name: string;
  options: unknown;
}

/** `scan`: passages the main thread prepared; `files`: whole files to read, parse, scan and judge. */
export type WorkerJob = { kind: 'scan'; texts: PackedTexts } | { kind: 'files'; tasks: FileTask[] };

export interface WorkerRequest {
  id: number;
  job: WorkerJob;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  | { type: 'scanned'; id: number; outcome: ScanOutcome }
  | { type: 'files'; id: number; results: FileResult[] };

export interface IngestPool {
  /** Scans the texts on the next free worker (the buffers are transferred: unusable here afterwards). */
  scan(texts: PackedTexts): Promise<ScanOutcome>;
  /** Reads, parses, scans and judges files on the next free worker; one result per task, in order. */
  files(tasks: FileTask[]): Promise<FileResult[]>;
  close(): Promise<void>;
}

/**
 * Batches a worker holds at a time (~10 ms of scanning each): enough to keep scanning through the main thread's
 * longest synchronous step, a transaction of 12 batches (~6 ms of SQLite each, ingest-parallel.ts); 4 could run
 * dry during one.
 */
export const POOL_DEPTH = 12;

interface Slot {
  worker: Worker;
  inflight: number;
}

/**
 * Starts `size` ingest workers, each building the scan named by `scanner`, and resolves once all are ready.
 * A worker that fails to start or dies rejects every pending and later call with BASTION_ERR_ASSISTANT_INGEST_WORKER.
 */
export async function createIngestPool(
  size: number,
  scanner: ScannerModule,
  policy: IngestPolicy,
): Promise<IngestPool> {
  const source = workerSource('ingest-worker', import.meta.url);
  const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: unknown) => void }>();
  const queue: WorkerRequest[] = [];
  let nextId = 0;
  let broken: BastionError | null = null;
  let closing = false;

  const fail = (reason: string, cause?: unknown) => {
    if (broken || closing) return;
    broken = new BastionError('BASTION_ERR_ASSISTANT_INGEST_WORKER', `ingest worker: ${reason}`, { cause });
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };

  const slots: Slot[] = [];
  const ready = Array.from({ length: size }, () => {
    const worker = new Worker(source, { eval: true, workerData: { scanner, policy } });
    const slot: Slot = { worker, inflight: 0 };
    slots.push(slot);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') return resolve();
        if (reply.type === 'init-error') {
          fail(`could not build the ingest scan: ${reply.message}`);
          return reject(broken);
        }
        const w = waiting.get(reply.id);
        if (!w) return;
        waiting.delete(reply.id);
        slot.inflight--;
        w.resolve(reply.type === 'scanned' ? reply.outcome : reply.results);
        pump();
      });
      worker.on('error', (error) => {
        fail(`a worker failed: ${error instanceof Error ? error.message : String(error)}`, error);
        reject(broken);
      });
      worker.on('exit', (code) => {
        fail(`a worker exited (code ${code})`);
        reject(broken);
      });
    });
  });

  // Each worker holds a few batches so it does not idle while the main thread is busy parsing or writing to SQLite,
  // or is descheduled on a loaded machine.
  const DEPTH = POOL_DEPTH;
  const pump = () => {
    while (queue.length > 0) {
      const slot = slots.reduce((a, b) => (b.inflight < a.inflight ? b : a));
      if (slot.inflight >= DEPTH) return;
      const request = queue.shift() as WorkerRequest;
      slot.inflight++;
      const { job } = request;
      slot.worker.postMessage(
        request,
        job.kind === 'scan'
          ? [job.texts.bytes.buffer as ArrayBuffer, job.texts.ends.buffer as ArrayBuffer]
          : [],
      );
    }
  };

  const submit = (job: WorkerJob) =>
    new Promise<unknown>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      queue.push({ id, job });
      pump();
    });

  const close = async () => {
    closing = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  };

  try {
    await Promise.all(ready);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    scan: (texts) => submit({ kind: 'scan', texts }) as Promise<ScanOutcome>,
    files: (tasks) => submit({ kind: 'files', tasks }) as Promise<FileResult[]>,
    close,
  };
}
