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
  /** Threads that read, parse and scan files, this one included; default: one per CPU. 0 or 1 runs in process. */
  workers?: number;
  /** Below this many files to (re)read, starting workers costs more than it saves: run in process. */
  minFiles?: number;
  /** Whether this thread also reads and scans files between its writes (default true; false: `workers` worker
   * threads do every file and this one only writes). */
  scanOnMain?: boolean;
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

  // This thread is one of the `workers`: between transactions it reads, parses and scans files itself (with the
  // same scan), so one worker thread fewer is started (~0.5 CPU-second each: modules, guard engine) and its share of
  // results is never copied between threads. It also works while the worker threads start.
  const onMain = o.scanOnMain !== false;
  const starting: Promise<IngestPool> = createIngestPool(onMain ? workers - 1 : workers, o.scanner, o.policy);
  let pool: IngestPool | null = null;
  let startFailed = false;
  starting.then(
    (p) => {
      pool = p;
    },
    () => {
      startFailed = true;
    },
  );
  try {
    const requests: FileTask[][] = [];
    for (let i = 0; i < tasks.length; i += TASKS_PER_REQUEST)
      requests.push(tasks.slice(i, i + TASKS_PER_REQUEST));
    const total = requests.length;
    const settled: (FileResult[] | undefined)[] = [];
    const pending: (Promise<FileResult[]> | undefined)[] = [];
    // At most this many requests between the oldest unwritten and the newest started: bounds the memory held by
    // results waiting for the writer.
    const window = Math.max(workers * 8, MIN_WRITE_REQUESTS * 2);
    // Requests queued on the worker threads: enough that none idles while this thread works on one of its own.
    const poolDepth = 2 * Math.max(1, onMain ? workers - 1 : workers);
    let dispatched = 0;
    let applied = 0;
    let inPool = 0;
    const scan = memoizeScan(o.scan);
    const fill = (p: IngestPool) => {
      while (dispatched < total && dispatched - applied < window && inPool < poolDepth) {
        const i = dispatched++;
        inPool++;
        const promise = p.run(requests[i] as FileTask[]);
        pending[i] = promise;
        promise.then(
          (r) => {
            settled[i] = r;
            inPool--;
          },
          () => undefined,
        );
      }
    };
    let done = run.tasks.length - tasks.length;
    const write = () => {
      // Every request already finished, in order, in one transaction (up to the batch limits).
      o.store.transaction(() => {
        let files = 0;
        let bytes = 0;
        while (applied < total && files < BATCH_FILES && bytes < BATCH_BYTES) {
          const results = settled[applied];
          if (!results) break;
          const batch = requests[applied] as FileTask[];
          results.forEach((result, k) => {
            applyResult(run, batch[k] as FileTask, result, o);
            bytes += result.bytes;
          });
          files += results.length;
          settled[applied] = undefined;
          pending[applied] = undefined;
          applied++;
        }
        done += files;
      });
      o.onProgress?.(done, run.tasks.length, run.report.totals.bytes);
    };
    while (applied < total) {
      if (startFailed) await starting; // throws the pool's error: nothing was written
      if (pool) fill(pool);
      let ready = 0;
      while (settled[applied + ready]) ready++;
      const canTake = dispatched < total && dispatched - applied < window;
      // Wait for a few requests before writing: every commit flushes FTS5's pending terms into a new segment that
      // must be merged later, so many small transactions cost the writer more than a few larger ones. Nothing is
      // written before the workers are up: if they cannot start, the ingest fails before touching the index.
      if (pool && ready > 0 && ready >= Math.min(MIN_WRITE_REQUESTS, dispatched - applied)) {
        write();
      } else if (canTake && (onMain || !pool)) {
        const i = dispatched++;
        settled[i] = (requests[i] as FileTask[]).map((task) => processFileSafely(task, scan, o.policy));
        // Lets the workers' messages (ready, results) in before the next decision.
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        // Nothing to write or take: wait for the oldest request still on a worker (or for the workers to start).
        const next = pending[applied + ready];
        if (next) settled[applied + ready] = await next;
        else await starting;
      }
    }
  } finally {
    // Also when starting failed: createIngestPool has then closed its workers and `starting` rejects again here.
    await starting.then((p) => p.close()).catch(() => undefined);
  }
  return finishIngest(run, o);
}
