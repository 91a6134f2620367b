import { availableParallelism } from 'node:os';
import { processFileSafely, unchangedResult, type FileResult, type FileTask } from './ingest-file.js';
import {
  applyResult,
  BATCH_BYTES,
  BATCH_FILES,
  finishIngest,
  ingestInProcess,
  planIngest,
  type IngestOptions,
  type IngestReport,
} from './ingest.js';
import { createIngestPool, type IngestPool, type ScannerModule } from './ingest-pool.js';
import { memoizeScan } from './ingest-scanner.js';

export interface ParallelIngestOptions extends IngestOptions {
  /** The scan each worker builds (the same one `scan` is, for the in-process path). */
  scanner: ScannerModule;
  /** Worker threads; default: one per CPU. 0 or 1 runs in process (`ingestPaths`). */
  workers?: number;
  /** Below this many files to (re)read, starting workers costs more than it saves: run in process. */
  minFiles?: number;
  /** Whether this thread ingests files itself while the workers start (default true; false: workers do all). */
  overlapStart?: boolean;
}

/** Files per message to a worker: amortises the message round trip without making batches lumpy. */
const TASKS_PER_REQUEST = 32;
/** Requests (of TASKS_PER_REQUEST files) the writer waits for before a transaction; less than the window below. */
const MIN_WRITE_REQUESTS = 4;

/**
 * `ingestPaths` with the reading, hashing, parsing, chunking and guard scan of files spread over worker threads,
 * while the main thread writes finished files to SQLite in batched transactions. Same policy, same report, same
 * index contents (files are written in walk order); only faster on a machine with more than one core.
 *
 * @example
 * const report = await ingestPathsParallel(['./docs'], { ...options, scanner: guardScannerModule(config.guards) });
 */
export async function ingestPathsParallel(
  paths: readonly string[],
  o: ParallelIngestOptions,
): Promise<IngestReport> {
  const workers = o.workers ?? availableParallelism();
  const run = planIngest(paths, o);
  // Files the index holds unchanged are settled here (read + hash): only the rest is work for the workers.
  const tasks: FileTask[] = [];
  for (const task of run.tasks) {
    const unchanged = unchangedResult(task);
    if (unchanged) applyResult(run, task, unchanged, o);
    else tasks.push(task);
  }
  if (workers <= 1 || tasks.length < (o.minFiles ?? 64)) {
    ingestInProcess(run, tasks, o);
    return finishIngest(run, o);
  }

  // Starting a worker (loading its modules, building its guard engine) takes ~0.5-1 CPU-second. Meanwhile this
  // thread works through requests from the front itself, with the same scan, so the start-up overlaps useful work.
  let startSettled = false;
  const starting: Promise<IngestPool> = createIngestPool(workers, o.scanner, o.policy);
  const settle = () => {
    startSettled = true;
  };
  starting.then(settle, settle);
  try {
    const requests: FileTask[][] = [];
    for (let i = 0; i < tasks.length; i += TASKS_PER_REQUEST)
      requests.push(tasks.slice(i, i + TASKS_PER_REQUEST));
    const settled: (FileResult[] | undefined)[] = [];
    const pending: Promise<FileResult[]>[] = [];
    // At most this many requests outstanding: bounds the memory held by results waiting for the writer.
    const window = Math.max(workers * 8, MIN_WRITE_REQUESTS * 2);
    let dispatched = 0;
    let applied = 0;
    const scan = memoizeScan(o.scan);
    // Bounded like the workers' window: results wait here until the writer starts (a few MB at most).
    const localLimit = Math.min(requests.length, 2 * window);
    while (o.overlapStart !== false && !startSettled && dispatched < localLimit) {
      const i = dispatched++;
      settled[i] = (requests[i] as FileTask[]).map((task) => processFileSafely(task, scan, o.policy));
      // Lets the workers' "ready" messages in. Nothing is written yet: if the workers cannot start, the ingest
      // fails as a whole, before touching the index.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const ready = await starting;
    // The workers start on new requests at once, not after this thread wrote what it did meanwhile.
    const local = dispatched;
    const fill = () => {
      while (dispatched < requests.length && dispatched - Math.max(applied, local) < window) {
        const i = dispatched++;
        pending[i] = ready.run(requests[i] as FileTask[]);
        pending[i]?.then((r) => (settled[i] = r)).catch(() => undefined);
      }
    };
    fill();
    let done = run.tasks.length - tasks.length;
    while (applied < requests.length) {
      // Wait for a few requests before writing: every commit flushes FTS5's pending terms into a new segment that
      // must be merged later, so many small transactions cost the writer more than a few larger ones.
      const upto = Math.min(dispatched, applied + MIN_WRITE_REQUESTS);
      for (let i = applied; i < upto; i++) settled[i] ??= await (pending[i] as Promise<FileResult[]>);
      // Write every request already finished, in order, in one transaction (up to the batch limits).
      o.store.transaction(() => {
        let files = 0;
        let bytes = 0;
        while (applied < requests.length && files < BATCH_FILES && bytes < BATCH_BYTES) {
          const results = settled[applied];
          if (!results) break;
          const batch = requests[applied] as FileTask[];
          results.forEach((result, k) => {
            applyResult(run, batch[k] as FileTask, result, o);
            bytes += result.bytes;
          });
          files += results.length;
          settled[applied] = undefined;
          delete pending[applied];
          applied++;
        }
        done += files;
      });
      fill();
      o.onProgress?.(done, run.tasks.length, run.report.totals.bytes);
    }
  } finally {
    // Also when starting failed: createIngestPool has then closed its workers and `starting` rejects again here.
    await starting.then((p) => p.close()).catch(() => undefined);
  }
  return finishIngest(run, o);
}
