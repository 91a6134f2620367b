import { Worker } from 'node:worker_threads';
import { openAssistant, type IngestReport } from '../../assistant/index.js';
import { workerSource } from '../../assistant/worker-source.js';
import type { LoadedConfig } from '../../core/config/index.js';
import { BastionError, type ErrorCode } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import { looksIngested } from './ingest-precheck.js';

export interface IngestJobInput {
  paths: readonly string[];
  force?: boolean;
  workers?: number;
  /** The config's `logging.level` for the job's own log lines (guard engine warnings). */
  logLevel?: string;
}

/** What the job thread is given: the config's data (`lineOf` is a function, and not needed to ingest). */
export interface IngestJobData extends IngestJobInput {
  loaded: Pick<LoadedConfig, 'config' | 'file' | 'baseDir' | 'missingEnv'>;
  /** Int32Array over it: [0] becomes 1 when the job is asked to stop. */
  stop: SharedArrayBuffer;
}

export type IngestJobMessage =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'done'; report: IngestReport; indexPath: string }
  | { type: 'interrupted'; done: number; total: number; bytes: number; indexPath: string }
  | { type: 'error'; code?: string; message: string };

/** The ingest stopped between two committed batches: `done` of `total` files are in the index. */
export class IngestInterrupted extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
    readonly bytes: number,
    readonly indexPath: string,
  ) {
    super(`docs ingest interrupted after ${done} of ${total} files`);
    this.name = 'IngestInterrupted';
  }
}

export interface IngestJob {
  /** The report, or IngestInterrupted when `stop()` came before the end; rejects with the ingest's error. */
  readonly result: Promise<{ report: IngestReport; indexPath: string }>;
  /** Asks the ingest to stop after the batch being written is committed (the first Ctrl-C). */
  stop(): void;
}

/**
 * Runs a docs ingest on its own thread so that this one stays free to hear Ctrl-C: the ingest writes the index in
 * batched transactions and, in process, runs synchronously for as long as it has files, so a signal handler on its
 * thread would not run before the end. `stop()` sets a flag the job reads after each committed batch: it then ends
 * with what it wrote (a consistent index; the next run skips those files as unchanged) and reports how far it got.
 * If this process dies instead (a second Ctrl-C), SQLite rolls the open batch back.
 *
 * @example
 * const job = startIngestJob(loaded, { paths: ['./docs'] }, (done, total) => bar.update(done, total));
 * process.once('SIGINT', () => job.stop());
 * const { report } = await job.result;
 */
export function startIngestJob(
  loaded: LoadedConfig,
  input: IngestJobInput,
  onProgress?: (done: number, total: number, bytes: number) => void,
): IngestJob {
  const stop = new SharedArrayBuffer(4);
  const data: IngestJobData = {
    ...input,
    loaded: {
      config: loaded.config,
      file: loaded.file,
      baseDir: loaded.baseDir,
      missingEnv: loaded.missingEnv,
    },
    stop,
  };
  const worker = new Worker(workerSource('ingest-job-worker', import.meta.url), {
    eval: true,
    workerData: data,
  });
  const result = new Promise<{ report: IngestReport; indexPath: string }>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: IngestJobMessage) => {
      if (message.type === 'progress') return onProgress?.(message.done, message.total, message.bytes);
      settled = true;
      if (message.type === 'done') resolve({ report: message.report, indexPath: message.indexPath });
      else if (message.type === 'interrupted')
        reject(new IngestInterrupted(message.done, message.total, message.bytes, message.indexPath));
      else
        reject(
          message.code
            ? new BastionError(message.code as ErrorCode, message.message)
            : new Error(message.message),
        );
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the docs ingest thread exited (code ${code}) without a result`));
    });
  });
  return {
    result,
    stop: () => Atomics.store(new Int32Array(stop), 0, 1),
  };
}

/**
 * A docs ingest as `bastion docs ingest` and `bastion serve` run it: on this thread when the index already holds
 * every file unchanged (a restart: only hashes to confirm, so nothing worth stopping and no second copy of the
 * modules to load), else on its own thread (startIngestJob), where Ctrl-C can stop it.
 *
 * @example
 * const job = startIngest(loaded, { paths: loaded.config.assistant.ingestOnStart });
 */
export function startIngest(
  loaded: LoadedConfig,
  input: IngestJobInput,
  onProgress?: (done: number, total: number, bytes: number) => void,
  logger?: Logger,
): IngestJob {
  if (input.force !== true) {
    let here: { report: IngestReport; indexPath: string } | undefined;
    try {
      const rt = openAssistant(loaded, logger ? { logger } : {});
      try {
        if (looksIngested(rt, input.paths, loaded.baseDir))
          here = {
            report: rt.ingest(input.paths, onProgress ? { onProgress } : {}),
            indexPath: rt.indexPath,
          };
      } finally {
        void rt.close();
      }
    } catch (error) {
      const failed = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      failed.catch(() => undefined); // the caller awaits it
      return { result: failed, stop: () => undefined };
    }
    if (here) return { result: Promise.resolve(here), stop: () => undefined };
  }
  return startIngestJob(loaded, input, onProgress);
}
