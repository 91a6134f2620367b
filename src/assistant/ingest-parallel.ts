import { availableParallelism } from 'node:os';
import {
  FILES_PER_BATCH,
  judgeBatch,
  prepareBatch,
  scanBatchHere,
  type PreparedBatch,
} from './ingest-batch.js';
import { unchangedResult, type FileResult, type FileTask } from './ingest-file.js';
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
import { createIngestPool, POOL_DEPTH, type IngestPool, type ScannerModule } from './ingest-pool.js';
import { memoizeScan } from './ingest-scanner.js';
import type { PackedTexts } from './scan-batch.js';

export interface ParallelIngestOptions extends IngestOptions {
  /** The scan each worker builds (the same one `scan` is, for the in-process path). */
  scanner: ScannerModule;
  /** Threads in all, this one included (it reads, parses and writes; the others scan); default: one per CPU.
   * 0 or 1 runs in process. */
  workers?: number;
  /** Below this many files to (re)read, starting workers costs more than it saves: run in process. */
  minFiles?: number;
  /** Whether this thread also scans batches itself when it would otherwise wait for the scan threads (default
   * false: only the scan threads scan). A thread that scans only now and then runs the scanners cold — ~2.5× the
   * CPU per passage of a warm scan thread for its first ~15,000 passages, plus V8 compiling them a second time
   * (timeline.ts: the whole 2-thread ingest took ~5% more CPU with it, and on a loaded machine more wall time), so
   * it costs more than the wait it fills. */
  scanOnMain?: boolean;
  /** Every batch goes whole (read to judged) to the workers, as when this thread cannot keep them busy; for tests
   * and benchmarks of that path (default false: they get whole files only when they would idle). */
  wholeFiles?: boolean;
}

/**
 * Batches the writer waits for before a transaction (384 files; less than the window below). Every commit rewrites
 * the pages its passages touched in the `pid` index, whose random keys spread over all of it, and flushes FTS5's
 * pending terms: 4 batches a transaction made 82 commits for the bench corpus, 12 make 27, close to the one-thread
 * ingest's 23 (the same writes replayed: -6% and -8% of the writer's CPU with 512 files a commit instead of 128,
 * BENCHMARKS.md).
 */
const MIN_WRITE_REQUESTS = 12;

/** One batch of files between reading and writing. */
interface Batch {
  /** Prepared on this thread (null: sent whole to a worker). */
  prep: PreparedBatch | null;
  /** Settles when `results` is set (null while queued). */
  scanning: Promise<void> | null;
  results: FileResult[] | null;
}

/**
 * `ingestPaths` with the guard scan on worker threads: this thread reads, hashes, parses and chunks files, hands
 * their passages to the scan threads in packed batches, applies the policy to the findings that come back and
 * writes the files to SQLite in batched transactions, in walk order. Same policy, same report, same index
 * contents; only faster on a machine with more than one core. Nothing is written before the scan threads are up,
 * so a worker that cannot start fails the ingest with the index untouched.
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

  const scanThreads = Math.max(1, workers - 1);
  const starting: Promise<IngestPool> = createIngestPool(scanThreads, o.scanner, o.policy);
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
    for (let i = 0; i < tasks.length; i += FILES_PER_BATCH)
      requests.push(tasks.slice(i, i + FILES_PER_BATCH));
    const total = requests.length;
    const batches: (Batch | undefined)[] = [];
    // Batches prepared but not yet handed to a scan thread, oldest first.
    const queued: number[] = [];
    // At most this many batches between the oldest unwritten and the newest prepared: bounds the memory held.
    const window = Math.max(workers * 16, 32);
    // Batches handed to the scan threads at a time: enough that none idles while this thread parses or writes.
    const poolDepth = POOL_DEPTH * scanThreads;
    let prepared = 0;
    let applied = 0;
    let inPool = 0;
    const scanHere = o.scanOnMain === true ? memoizeScan(o.scan) : null;

    const settle = (batch: Batch, work: Promise<FileResult[]>) => {
      inPool++;
      batch.scanning = work.then((results) => {
        inPool--;
        batch.results = results;
      });
      // A rejection (a worker died) is thrown where the batch is awaited; not an unhandled one meanwhile.
      batch.scanning.catch(() => undefined);
    };
    const dispatch = (p: IngestPool) => {
      while (queued.length > 0 && inPool < poolDepth) {
        const batch = batches[queued.shift() as number] as Batch;
        const prep = batch.prep as PreparedBatch;
        const texts = prep.texts as PackedTexts;
        prep.texts = null;
        settle(
          batch,
          p.scan(texts).then((outcome) => judgeBatch(prep, outcome, o.policy)),
        );
      }
    };
    const prepareNext = () => {
      const i = prepared++;
      const prep = prepareBatch(requests[i] as FileTask[]);
      const batch: Batch = { prep, scanning: null, results: null };
      batches[i] = batch;
      if (prep.texts) queued.push(i);
      else {
        batch.results = judgeBatch(prep, { found: [], errors: [] }, o.policy);
        batch.scanning = Promise.resolve();
      }
    };
    // The scan threads are idle and nothing waits for them: this thread is the bottleneck (more cores than its
    // reading, parsing and writing can feed), so a worker does the next files from reading to judging itself. Not
    // with one scan thread: there the scan is the longer half (BENCHMARKS.md), and this thread helps it instead.
    const sendFiles = (p: IngestPool) => {
      const i = prepared++;
      const batch: Batch = { prep: null, scanning: null, results: null };
      batches[i] = batch;
      settle(batch, p.files(requests[i] as FileTask[]));
    };
    let done = run.tasks.length - tasks.length;
    const write = () => {
      // Every batch already judged, in order, in one transaction (up to the batch limits).
      o.store.transaction(() => {
        let files = 0;
        let bytes = 0;
        while (applied < total && files < BATCH_FILES && bytes < BATCH_BYTES) {
          const results = batches[applied]?.results;
          if (!results) break;
          const group = requests[applied] as FileTask[];
          results.forEach((result, k) => {
            applyResult(run, group[k] as FileTask, result, o);
            bytes += result.bytes;
          });
          files += results.length;
          batches[applied] = undefined;
          applied++;
        }
        done += files;
      });
      o.onProgress?.(done, run.tasks.length, run.report.totals.bytes);
    };
    while (applied < total) {
      if (startFailed) await starting; // throws the pool's error: nothing was written
      if (pool) dispatch(pool);
      let ready = 0;
      while (batches[applied + ready]?.results) ready++;
      const canPrepare = prepared < total && prepared - applied < window;
      // Keep the scan threads fed first; then write once a few batches are ready (every commit flushes FTS5's
      // pending terms into a new segment to merge later, so many small transactions cost more than a few larger).
      if (
        pool &&
        canPrepare &&
        queued.length === 0 &&
        ((inPool === 0 && scanThreads > 1) || (o.wholeFiles && inPool < poolDepth))
      ) {
        sendFiles(pool);
      } else if (canPrepare && (!pool || inPool < poolDepth) && queued.length === 0) {
        prepareNext();
        // Lets the scan threads' replies in before the next decision.
        await new Promise((resolve) => setImmediate(resolve));
      } else if (pool && ready > 0 && ready >= Math.min(MIN_WRITE_REQUESTS, prepared - applied)) {
        write();
      } else if (canPrepare) {
        prepareNext();
        await new Promise((resolve) => setImmediate(resolve));
      } else {
        const next = batches[applied + ready];
        if (scanHere && queued.length > 0) {
          // Nothing to read or write until a scan thread answers (or they are still starting): scan the oldest
          // batch still waiting for one here, instead of idling.
          const batch = batches[queued.shift() as number] as Batch;
          const prep = batch.prep as PreparedBatch;
          batch.results = scanBatchHere(prep, scanHere, o.policy);
          prep.texts = null;
          batch.scanning = Promise.resolve();
          await new Promise((resolve) => setImmediate(resolve));
        } else if (next?.scanning) await next.scanning;
        else await starting;
      }
    }
  } finally {
    // Also when starting failed: createIngestPool has then closed its workers and `starting` rejects again here.
    await starting.then((p) => p.close()).catch(() => undefined);
  }
  return finishIngest(run, o);
}
