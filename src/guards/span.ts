import type { NormalizedText } from './types.js';

/** Maps a [start, end) span of the normalised text to the original text. */
export function originalSpan(t: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = t.toOriginal(start);
  const e = end > start ? t.toOriginal(end - 1) + 1 : s;
  return { start: s, end: Math.max(e, s) };
}
