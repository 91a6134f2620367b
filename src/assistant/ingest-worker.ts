/**
 * Worker-thread entry of the parallel ingest (ingest-pool.ts): builds the guard scan named in `workerData`, then
 * scans the batches of passage texts the main thread sends (scan-batch.ts) and answers with their findings; when
 * the main thread falls behind, it sends whole files instead, which the worker reads, parses, scans and judges
 * itself (ingest-batch.ts). Only the main thread writes to SQLite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBatch, scanBatchHere } from './ingest-batch.js';
import type { IngestPolicy } from './ingest-policy.js';
import { memoizeScan, type IngestScanFn } from './ingest-scanner.js';
import type { ScannerModule, WorkerReply, WorkerRequest } from './ingest-pool.js';
import { scanTexts, unpackTexts } from './scan-batch.js';

interface Init {
  scanner: ScannerModule;
  policy: IngestPolicy;
}

async function loadScan(ref: ScannerModule): Promise<IngestScanFn> {
  const mod = (await import(ref.url)) as Record<string, unknown>;
  const factory = mod[ref.name];
  if (typeof factory !== 'function') throw new Error(`${ref.url} does not export a function "${ref.name}"`);
  const scan: unknown = (factory as (options: unknown) => unknown)(ref.options);
  if (typeof scan !== 'function') throw new Error(`${ref.name}() did not return a scan function`);
  return scan as IngestScanFn;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const init = workerData as Init;
  let scan: IngestScanFn;
  try {
    scan = memoizeScan(await loadScan(init.scanner));
  } catch (error) {
    port.postMessage({ type: 'init-error', message: describe(error) } satisfies WorkerReply);
    return;
  }
  port.on('message', ({ id, job }: WorkerRequest) => {
    if (job.kind === 'scan') {
      const outcome = scanTexts(unpackTexts(job.texts), scan);
      port.postMessage({ type: 'scanned', id, outcome } satisfies WorkerReply);
    } else {
      const results = scanBatchHere(prepareBatch(job.tasks), scan, init.policy);
      port.postMessage({ type: 'files', id, results } satisfies WorkerReply);
    }
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

void main();
