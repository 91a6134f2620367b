import { sha256Hex } from '../core/hash.js';
import type { ParsedDoc } from './parsed-doc.js';

export interface Chunk {
  /** Stable passage id: changes only when the document's content (or the chunk's place in it) changes. */
  pid: string;
  ordinal: number;
  heading: string;
  text: string;
  start: number;
  end: number;
}

/** Passages longer than this are split at paragraph breaks: long enough for context, short enough to cite. */
export const MAX_CHUNK_CHARS = 1500;

function splitLong(text: string, start: number): { text: string; start: number; end: number }[] {
  if (text.length <= MAX_CHUNK_CHARS) return [{ text, start, end: start + text.length }];
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_CHUNK_CHARS);
    if (to < text.length) {
      // Prefer a paragraph break, then a line break, then a sentence end, in the second half of the window.
      const window = text.slice(from, to);
      const half = Math.floor(window.length / 2);
      const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf('. ')].find(
        (i) => i > half,
      );
      if (cut !== undefined) to = from + cut + 1;
    }
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed)
      out.push({ text: trimmed, start: start + from + lead, end: start + from + lead + trimmed.length });
    from = to;
  }
  return out;
}

/**
 * Turns a parsed document into passages: one per section, long sections split at paragraph breaks.
 * The heading of a passage is its heading path ("Keys > Rotate a key"), or the title before the first heading.
 */
export function chunkDocument(doc: ParsedDoc, docKey: string, docHash: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const section of doc.sections) {
    const heading = section.headings.length > 0 ? section.headings.join(' > ') : doc.title;
    for (const piece of splitLong(section.text, section.start)) {
      const ordinal = chunks.length;
      chunks.push({
        pid: `p_${sha256Hex(`${docKey}\0${docHash}\0${ordinal}`).slice(0, 16)}`,
        ordinal,
        heading,
        ...piece,
      });
    }
  }
  return chunks;
}
