import type { ParsedDoc } from './parsed-doc.js';

/** Plain text has no headings: one section, titled by the file name; the chunker splits it by paragraphs. */
export function parseText(source: string, fallbackTitle: string): ParsedDoc {
  const trimmed = source.trim();
  const start = source.indexOf(trimmed.slice(0, 1));
  return {
    format: 'text',
    title: fallbackTitle,
    headings: [],
    sections: trimmed
      ? [{ headings: [], text: trimmed, start: Math.max(0, start), end: Math.max(0, start) + trimmed.length }]
      : [],
    hidden: [],
  };
}
