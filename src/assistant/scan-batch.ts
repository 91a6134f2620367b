import type { Finding } from '../guards/types.js';
import type { IngestScanFn } from './ingest-scanner.js';

/**
 * Texts on their way to a scan thread (ingest-parallel.ts): UTF-8 in one buffer that is transferred, not copied,
 * with the end offset of each text. Decoded on the other side one text at a time, each comes out as a flat string
 * stored one byte per character whenever it is Latin-1, even when it was sliced from a document holding a wider
 * character (which V8 stores two bytes per character, and the scanners then run ~2.5 µs slower per passage,
 * BENCHMARKS.md). A text with a lone surrogate (which UTF-8 cannot carry) travels as a string in `raw` instead.
 */
export interface PackedTexts {
  bytes: Uint8Array;
  ends: Uint32Array;
  /** [index, text] of the texts UTF-8 would alter; their byte range is empty. */
  raw: [number, string][];
}

/** What a scan thread answers: findings by text index (only texts with findings), and scans that threw. */
export interface ScanOutcome {
  found: [number, Finding[]][];
  errors: [number, string][];
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function packTexts(texts: readonly string[]): PackedTexts {
  let chars = 0;
  for (const text of texts) chars += text.length;
  // At most 3 bytes per UTF-16 code unit; its own ArrayBuffer (not Buffer's shared pool) so it can be transferred.
  const buffer = Buffer.from(new ArrayBuffer(Math.max(1, chars * 3)));
  const ends = new Uint32Array(texts.length);
  const raw: [number, string][] = [];
  let at = 0;
  texts.forEach((text, i) => {
    if (SURROGATE.test(text) && LONE_SURROGATE.test(text)) raw.push([i, text]);
    else at += buffer.write(text, at, 'utf8');
    ends[i] = at;
  });
  return { bytes: new Uint8Array(buffer.buffer, 0, at), ends, raw };
}

export function unpackTexts(packed: PackedTexts): string[] {
  const buffer = Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength);
  const texts: string[] = [];
  let from = 0;
  for (const end of packed.ends) {
    texts.push(buffer.toString('utf8', from, end));
    from = end;
  }
  for (const [i, text] of packed.raw) texts[i] = text;
  return texts;
}

/**
 * Scans every text; a scan that throws is reported for its text (the file fails, as in process), not thrown. With
 * `scan.many` the texts are scanned together; if that throws, they are scanned one by one so the error lands on
 * the text that caused it.
 */
export function scanTexts(texts: readonly string[], scan: IngestScanFn): ScanOutcome {
  const found: [number, Finding[]][] = [];
  const errors: [number, string][] = [];
  if (scan.many !== undefined && texts.length > 1) {
    let all: Finding[][] | null = null;
    try {
      all = scan.many(texts);
    } catch {
      all = null; // scanned one by one below, which reports the error against its text
    }
    if (all !== null && all.length === texts.length) {
      all.forEach((findings, i) => {
        if (findings.length > 0) found.push([i, findings]);
      });
      return { found, errors };
    }
  }
  texts.forEach((text, i) => {
    try {
      const findings = scan(text);
      if (findings.length > 0) found.push([i, findings]);
    } catch (error) {
      errors.push([i, error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
    }
  });
  return { found, errors };
}
