import { basename, extname } from 'node:path';
import type { ParsedDoc, ParsedSection } from './parsed-doc.js';
import { extractPdfText } from './pdf-text.js';

/**
 * A PDF as sections, one per page headed "Page N" (PDFs carry no reliable heading structure; the page is what a
 * reader can find again). Offsets are into the pages' text joined by blank lines. The title is the document's
 * Title metadata, else the file name. Throws (with PDF.js's reason) for a corrupt or truncated file.
 */
export function parsePdf(bytes: Uint8Array, name: string): ParsedDoc {
  const pdf = extractPdfText(bytes);
  const sections: ParsedSection[] = [];
  const headings: string[] = [];
  let offset = 0;
  pdf.pages.forEach((raw, i) => {
    const text = raw.replace(/[ \t]+\n/g, '\n').trim();
    if (text) {
      const heading = `Page ${i + 1}`;
      headings.push(heading);
      sections.push({ headings: [heading], text, start: offset, end: offset + text.length });
    }
    offset += text.length + 2;
  });
  return {
    format: 'pdf',
    title: pdf.title ?? basename(name, extname(name)),
    headings,
    sections,
    hidden: [],
  };
}
