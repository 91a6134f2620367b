import { splitSentences, type Sentence } from './text.js';

/** Answerable units of a passage: sentences and list items, with each fenced code block kept whole. */
export function splitUnits(text: string): (Sentence & { code: boolean })[] {
  const out: (Sentence & { code: boolean })[] = [];
  // An unclosed fence runs to the end of the passage ((?![\s\S]) is end of input; `$` would be end of line under /m).
  const fence = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*(?:\n|(?![\s\S]))|(?![\s\S]))/gm;
  let last = 0;
  const prose = (from: number, to: number) => {
    for (const s of splitSentences(text.slice(from, to))) {
      out.push({ text: s.text, start: from + s.start, end: from + s.end, code: false });
    }
  };
  for (const match of text.matchAll(fence)) {
    prose(last, match.index);
    const block = match[0].trimEnd();
    out.push({ text: block, start: match.index, end: match.index + block.length, code: true });
    last = match.index + match[0].length;
  }
  prose(last, text.length);
  return out;
}
