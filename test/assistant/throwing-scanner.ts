import type { Finding } from '../../src/guards/types.js';

/**
 * A scan for the parallel-ingest tests that throws on any text containing `marker` (a scanner bug, as the ingest
 * must survive one), finds nothing elsewhere. Loaded by name on the scan threads (ScannerModule).
 */
export function throwingScan(options: { marker: string }): (text: string) => Finding[] {
  return (text) => {
    if (text.includes(options.marker)) throw new TypeError(`cannot scan ${options.marker}`);
    return [];
  };
}
