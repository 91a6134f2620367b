import type { IngestScanFn } from '../../src/assistant/ingest-scanner.js';

/**
 * The bench's "no guard scan" scanner, as a module a worker thread can load (ingest-pool.ts): it measures what the
 * ingest pipeline costs around the guards. Never used outside the benchmark.
 */
export function noScan(): IngestScanFn {
  return () => [];
}
