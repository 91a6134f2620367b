import type { Finding } from '../guards/types.js';

/**
 * The guard scan ingestion runs on every chunk (and on hidden text). One function, so the guard engine can be
 * swapped in without touching the ingestion pipeline. `many`, when present, scans a batch of texts at once with the
 * same findings per text as one call each, for less per-call cost (src/guards/segmented-scan.ts).
 */
export interface IngestScanFn {
  (text: string): Finding[];
  many?: (texts: readonly string[]) => Finding[][];
}

/** A finding scored at or above this is acted on; below it is noise. */
export const FINDING_THRESHOLD = 0.5;

/**
 * A scan built on its first use (`build` is called once, then its scan reused), with the batch scan `many` whenever
 * the built scan has one: a plain `(text) => build()(text)` wrapper would hide it, and every batch would be scanned
 * passage by passage (~28% more CPU per passage with the guard engine's batch scan, BENCHMARKS.md).
 */
export function deferScan(build: () => IngestScanFn): IngestScanFn {
  let built: IngestScanFn | null = null;
  const get = (): IngestScanFn => (built ??= build());
  const scan: IngestScanFn = (text) => get()(text);
  scan.many = (texts) => {
    const s = get();
    return s.many ? s.many(texts) : texts.map((text) => s(text));
  };
  return scan;
}

/**
 * Memoises a scan by the text itself, for short texts. Scanners are pure functions of the text, and documentation
 * repeats itself in short pieces (a shared "See also" or license section, a footer, an admonition), so one ingest
 * scans each distinct piece once. Keyed by the exact text (no two texts can share a key). Long passages are
 * rarely repeated and would only cost hashing and memory (measured on 100k man-page passages: 0.5% repeats, and a
 * memo of every passage cost 5% of ingest time). Bounded: dropped when it holds `maxChars` of text.
 */
export function memoizeScan(scan: IngestScanFn, maxKeyChars = 600, maxChars = 16_000_000): IngestScanFn {
  const memo = new Map<string, Finding[]>();
  let chars = 0;
  const remember = (text: string, findings: Finding[]) => {
    if (chars + text.length > maxChars) {
      memo.clear();
      chars = 0;
    }
    memo.set(text, findings);
    chars += text.length;
  };
  const copy = (findings: readonly Finding[]) =>
    findings.length === 0 ? [] : findings.map((f) => ({ ...f }));
  const one: IngestScanFn = (text) => {
    if (text.length > maxKeyChars) return scan(text);
    let findings = memo.get(text);
    if (findings === undefined) {
      findings = scan(text);
      remember(text, findings);
    }
    return copy(findings);
  };
  const many = scan.many;
  if (many === undefined) return one;
  // The texts not memoised are scanned together; what they find is memoised as one call at a time would.
  one.many = (texts) => {
    const out: Finding[][] = new Array<Finding[]>(texts.length);
    const missing: number[] = [];
    texts.forEach((text, i) => {
      const known = text.length > maxKeyChars ? undefined : memo.get(text);
      if (known === undefined) missing.push(i);
      else out[i] = copy(known);
    });
    if (missing.length > 0) {
      const found = many(missing.map((i) => texts[i] as string));
      missing.forEach((i, k) => {
        const text = texts[i] as string;
        const findings = found[k] ?? [];
        if (text.length <= maxKeyChars) {
          remember(text, findings);
          out[i] = copy(findings);
        } else out[i] = findings;
      });
    }
    return out;
  };
  return one;
}
