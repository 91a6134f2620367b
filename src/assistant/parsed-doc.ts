/** A document reduced to text sections under headings, whatever its format. */
export interface ParsedSection {
  /** Heading path, outermost first: ["Keys", "Rotate a key"]. Empty before the first heading. */
  headings: string[];
  /** The section's text (without its heading line). */
  text: string;
  /** Offsets of `text` in the document's extracted text (the file itself for Markdown and plain text). */
  start: number;
  end: number;
}

export interface ParsedDoc {
  format: 'markdown' | 'html' | 'text' | 'pdf';
  title: string;
  /** Every heading in document order, for provenance. */
  headings: string[];
  sections: ParsedSection[];
  /** Text the parser removed because a reader would not see it (hidden HTML); scanned and quarantined, never indexed. */
  hidden: { text: string; start: number; end: number; reason: string }[];
}
