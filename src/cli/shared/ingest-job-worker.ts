/**
 * Thread entry of a docs ingest job (ingest-job.ts): opens the docs index, ingests, and reports progress and the
 * result to the thread that started it. Between batches (each one committed) it checks whether it was asked to stop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openAssistant } from '../../assistant/index.js';
import type { LoadedConfig } from '../../core/config/index.js';
import { isBastionError } from '../../core/errors/index.js';
import { createLogger, type LogLevel } from '../../core/log.js';
import type { IngestJobData, IngestJobMessage } from './ingest-job.js';

/** Thrown from the progress callback, which the ingest calls after each committed batch: nothing is half-written. */
class Stop extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
    readonly bytes: number,
  ) {
    super('stopped');
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const data = workerData as IngestJobData;
  const send = (message: IngestJobMessage): void => port.postMessage(message);
  const stopRequested = new Int32Array(data.stop);
  const loaded = data.loaded as LoadedConfig;
  const logger = createLogger({ level: (data.logLevel ?? 'info') as LogLevel });
  let indexPath = '';
  try {
    const rt = openAssistant(loaded, { logger });
    indexPath = rt.indexPath;
    try {
      const report = await rt.ingestParallel(data.paths, {
        ...(data.force ? { force: true } : {}),
        ...(data.workers !== undefined ? { workers: data.workers } : {}),
        onProgress(done, total, bytes) {
          send({ type: 'progress', done, total, bytes });
          if (Atomics.load(stopRequested, 0) === 1 && done < total) throw new Stop(done, total, bytes);
        },
      });
      send({ type: 'done', report, indexPath });
    } finally {
      await rt.close();
    }
  } catch (error) {
    if (error instanceof Stop)
      send({ type: 'interrupted', done: error.done, total: error.total, bytes: error.bytes, indexPath });
    else if (isBastionError(error)) send({ type: 'error', code: error.code, message: error.message });
    else
      send({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
  }
}

void main();
