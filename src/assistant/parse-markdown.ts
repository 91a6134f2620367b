import type { ParsedDoc, ParsedSection } from './parsed-doc.js';

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

const BACKTICK = 0x60;
const TILDE = 0x7e;
const HASH = 0x23;
const EQUALS = 0x3d;
const DASH = 0x2d;

/** The first character after at most 3 leading spaces (-1 when there is none): what a block marker starts with. */
function leadChar(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  const c = line.charCodeAt(i);
  return Number.isNaN(c) ? -1 : c;
}

/** Inline Markdown out of a heading: links, emphasis, code ticks. */
export function plainHeading(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();
}

/**
 * Splits Markdown into sections at ATX (`## x`) and setext headings, ignoring `#` lines inside code fences.
 * Offsets are into the original text, so a citation can point at the exact bytes a passage came from.
 */
export function parseMarkdown(source: string, fallbackTitle: string): ParsedDoc {
  // YAML front matter is metadata, not prose; its `title:` names the document.
  let text = source;
  let offset = 0;
  let frontTitle: string | undefined;
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (front) {
    frontTitle = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1] ?? '')?.[1];
    offset = front[0].length;
    text = source.slice(offset);
  }
  const sections: ParsedSection[] = [];
  const allHeadings: string[] = [];
  const stack: { level: number; title: string }[] = [];
  let bodyStart = offset;
  let fence: string | null = null;
  let pos = offset;
  const lines = text.split('\n');

  const close = (end: number) => {
    const body = source.slice(bodyStart, end);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed.length > 0) {
      sections.push({
        headings: stack.map((h) => h.title),
        text: trimmed,
        start: bodyStart + lead,
        end: bodyStart + lead + trimmed.length,
      });
    }
  };
  const open = (level: number, title: string, nextBodyStart: number) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    stack.push({ level, title });
    allHeadings.push(title);
    bodyStart = nextBodyStart;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineStart = pos;
    const lineEnd = pos + line.length + 1;
    pos = lineEnd;
    // Each pattern below starts with up to 3 spaces and then one given character: lines led by anything else (most
    // of them) skip the regexes.
    const first = leadChar(line);
    const fenceMatch = first === BACKTICK || first === TILDE ? FENCE.exec(line) : null;
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length)
        fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1] ?? '```';
      continue;
    }
    const atx = first === HASH ? ATX.exec(line) : null;
    if (atx) {
      close(lineStart);
      open(atx[1]?.length ?? 1, plainHeading(atx[2] ?? ''), Math.min(lineEnd, source.length));
      continue;
    }
    const next = lines[i + 1];
    const underline = next === undefined ? -1 : leadChar(next);
    if (
      next !== undefined &&
      (underline === EQUALS || underline === DASH) &&
      SETEXT.test(next) &&
      line.trim() !== '' &&
      (i === 0 || (lines[i - 1] ?? '').trim() === '') &&
      !/^\s*[-*+]\s/.test(line)
    ) {
      close(lineStart);
      pos += next.length + 1;
      i++;
      open(next.trim().startsWith('=') ? 1 : 2, plainHeading(line), Math.min(pos, source.length));
    }
  }
  close(source.length);
  const title = frontTitle ?? allHeadings[0] ?? fallbackTitle;
  return { format: 'markdown', title, headings: allHeadings, sections, hidden: [] };
}
