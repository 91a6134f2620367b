import type { ExtractedString } from './extracted.js';

/** Printable ASCII runs of at least `min` bytes, like `strings(1)`: how keys are found in native libraries. */
export function printableStrings(buf: Buffer, min = 8): ExtractedString[] {
  const out: ExtractedString[] = [];
  let start = -1;
  for (let i = 0; i <= buf.length; i++) {
    const b = i < buf.length ? (buf[i] as number) : 0;
    const printable = b >= 0x20 && b < 0x7f;
    if (printable) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= min) out.push({ offset: start, text: buf.subarray(start, i).toString('latin1') });
      start = -1;
    }
  }
  return out;
}

/** True when a buffer looks like text (no NULs, mostly printable in its first 8 KiB). */
export function looksLikeText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  let bad = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) bad++;
  return bad <= head.length * 0.02;
}
