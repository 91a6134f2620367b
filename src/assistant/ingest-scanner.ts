import { createHash } from 'node:crypto';
import type { Finding } from '../guards/types.js';

/**
 * The guard scan ingestion runs on every chunk (and on hidden text). One function, so the guard engine can be
 * swapped in without touching the ingestion pipeline.
 */
export type IngestScanFn = (text: string) => Finding[];

/** A finding scored at or above this is acted on; below it is noise. */
export const FINDING_THRESHOLD = 0.5;

/**
 * Memoises a scan by the text's SHA-256. Scanners are pure functions of the text, and documentation repeats
 * itself (generated reference pages share whole sections, every page of a site shares its footer), so one ingest
 * scans each distinct passage once. Bounded: the memo is dropped when it reaches `maxEntries`.
 */
export function memoizeScan(scan: IngestScanFn, maxEntries = 100_000): IngestScanFn {
  const memo = new Map<string, Finding[]>();
  return (text) => {
    const key = createHash('sha256').update(text).digest('base64');
    let findings = memo.get(key);
    if (findings === undefined) {
      findings = scan(text);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(key, findings);
    }
    return findings.map((f) => ({ ...f }));
  };
}
