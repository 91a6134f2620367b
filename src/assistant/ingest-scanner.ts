import type { Finding } from '../guards/types.js';

/**
 * The guard scan ingestion runs on every chunk (and on hidden text). One function, so the guard engine can be
 * swapped in without touching the ingestion pipeline.
 */
export type IngestScanFn = (text: string) => Finding[];

/** A finding scored at or above this is acted on; below it is noise. */
export const FINDING_THRESHOLD = 0.5;

/**
 * Memoises a scan by the text itself. Scanners are pure functions of the text, and documentation repeats
 * itself (generated reference pages share whole sections, every page of a site shares its footer), so one ingest
 * scans each distinct passage once. Keyed by the exact text (a Map hashes strings natively, far cheaper than a
 * SHA-256 per passage, and no two texts can share a key). Bounded: dropped when it holds `maxChars` of text.
 */
export function memoizeScan(scan: IngestScanFn, maxChars = 64_000_000): IngestScanFn {
  const memo = new Map<string, Finding[]>();
  let chars = 0;
  return (text) => {
    let findings = memo.get(text);
    if (findings === undefined) {
      findings = scan(text);
      if (chars + text.length > maxChars) {
        memo.clear();
        chars = 0;
      }
      memo.set(text, findings);
      chars += text.length;
    }
    return findings.length === 0 ? [] : findings.map((f) => ({ ...f }));
  };
}
