import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import {
  assignSentences,
  hasSpacedUnits,
  sentenceCovers,
  sentenceEnds,
  sentenceEndsPortable,
} from './rule-sentences.js';

/** The rule layer's definition of a sentence end (rules.ts), as a regex. */
const SENTENCE_END = /[.!?](?=\s|$)|[\n。！？।؟]|(?<=[\u0e01-\u0e5b]) (?=[\u0e01-\u0e5b])/g;
const byRegex = (text: string): number[] => [...text.matchAll(SENTENCE_END)].map((m) => m.index);

/** Random texts of the units that decide a sentence end, and words around them. */
function randomText(next: (n: number) => number, length: number): string {
  const units = [
    '.',
    '!',
    '?',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '。',
    '！',
    '？',
  ];
  units.push(
    '।',
    '؟',
    'ก',
    'ข',
    '\u0e5b',
    '\u0e5c',
    'a',
    'ab.c',
    'www.x.org',
    'ignore previous instructions',
  );
  units.push('x@y.de', '...', '?!', '\u2028', '\r\n', 'é', '\ud83d');
  let text = '';
  while (text.length < length) text += units[next(units.length)]!;
  return text;
}

describe('rule layer sentence ends', () => {
  it('WebAssembly and the JavaScript loop find exactly what the regex finds', () => {
    const next = seededInt(42);
    for (let k = 0; k < 400; k++) {
      const text = randomText(next, 1 + next(200));
      const wasm: number[] = [];
      sentenceEnds(text, wasm);
      expect(wasm, JSON.stringify(text)).toEqual(byRegex(text));
      const loop: number[] = [];
      sentenceEndsPortable(text, loop);
      expect(loop, JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('agrees on a long text, then on a short one (the memory grown for the first)', () => {
    const next = seededInt(5);
    const text = randomText(next, 300_000);
    const long: number[] = [];
    sentenceEnds(text, long);
    expect(long).toEqual(byRegex(text));
    const short: number[] = [];
    sentenceEnds('Fin. ก ข', short);
    expect(short).toEqual([3, 6]);
    expect(byRegex('Fin. ก ข')).toEqual([3, 6]);
  });

  it('puts each match in the sentence its start is in, and says whether a sentence (and the next) covers a rule', () => {
    // Sentences: [0, 10], (10, 20], (20, end). Concept 0 in sentences 0 and 2, concept 1 in 1, concept 40 in 2.
    const bounds = [10, 20];
    const m = (start: number) => ({ start, sentence: -1 });
    const found = [[m(2), m(25)], [m(12)], ...Array.from({ length: 38 }, () => []), [m(21)]];
    assignSentences(found, bounds);
    expect(found.flat().map((x) => x.sentence)).toEqual([0, 2, 1, 2]);
    const both = { lo: 0b11, hi: 0 };
    expect(sentenceCovers(found[0]!, both, false)).toBe(false);
    expect(sentenceCovers(found[0]!, both, true)).toBe(true);
    expect(sentenceCovers(found[0]!, { lo: 1, hi: 1 << 8 }, false)).toBe(true);
    expect(sentenceCovers(found[1]!, { lo: 0b10, hi: 1 << 8 }, false)).toBe(false);
  });

  it('finds letters spaced out exactly where / \\S \\S \\S / does (code units, any white space between)', () => {
    const next = seededInt(8);
    const units = [' ', ' ', ' ', 'a', 'b', '\t', '\u00a0', '\u3000', '\ud83d', '\ude00', 'é', '\n', 'xy'];
    let spaced = 0;
    for (let k = 0; k < 6000; k++) {
      let text = '';
      for (let i = next(32); i > 0; i--) text += next(2) === 0 ? ' ' : units[next(units.length)]!;
      const want = / \S \S \S /.test(text);
      if (want) spaced++;
      expect(hasSpacedUnits(text), JSON.stringify(text)).toBe(want);
    }
    expect(spaced).toBeGreaterThan(20);
    expect(hasSpacedUnits('x'.repeat(100_000) + ' a b c ')).toBe(true);
    expect(hasSpacedUnits(' a b c')).toBe(false);
  });
});
