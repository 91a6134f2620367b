/**
 * Worker-thread entry of the parallel ingest (ingest-pool.ts): builds the guard scan named in `workerData`, then
 * scans the batches of passage texts the main thread sends (scan-batch.ts) and answers with their findings. The
 * main thread reads, parses, chunks, applies the policy and writes to SQLite; a thread that only scans keeps the
 * scanners' code and tables hot, and warms them up once.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { memoizeScan, type IngestScanFn } from './ingest-scanner.js';
import type { ScannerModule, WorkerReply, WorkerRequest } from './ingest-pool.js';
import { scanTexts, unpackTexts } from './scan-batch.js';

interface Init {
  scanner: ScannerModule;
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
  port.on('message', (request: WorkerRequest) => {
    const outcome = scanTexts(unpackTexts(request.texts), scan);
    port.postMessage({ type: 'results', id: request.id, outcome } satisfies WorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

void main();
