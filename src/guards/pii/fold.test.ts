import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../../bench/guards/datasets.js';
import { mulberry32 } from '../../core/random.js';
import { FOLD, HIDDEN_OR_WIDE, fold, foldForIdentifiers, hasHiddenOrWide } from './fold.js';

/**
 * foldForIdentifiers and hasHiddenOrWide work from the positions wasm-fold-scan.wat finds. They must agree with
 * the regexes they stand for: the folded text is `original.replace(FOLD, fold)`, each offset maps back as the
 * cuts of that replace say, and hasHiddenOrWide is HIDDEN_OR_WIDE.test.
 */
function reference(original: string): { text: string; toOriginal: (o: number) => number } | undefined {
  if (!new RegExp(FOLD.source).test(original)) return undefined;
  const cuts: [number, number][] = [];
  let removed = 0;
  const text = original.replace(FOLD, (match: string, offset: number) => {
    const replacement = fold(match);
    if (replacement.length < match.length) {
      removed += match.length - replacement.length;
      cuts.push([offset + match.length - removed, removed]);
    }
    return replacement;
  });
  return {
    text,
    toOriginal: (o) => o + (cuts.filter((c) => c[0] <= o).pop()?.[1] ?? 0),
  };
}

function same(text: string): void {
  const expected = reference(text);
  // A copy: the scanners' caches hold the last text, and the test must not ride on them.
  const got = foldForIdentifiers(text);
  expect(got === undefined).toBe(expected === undefined);
  if (got && expected) {
    if (got.text !== expected.text) expect({ text, got: got.text }).toEqual({ text, got: expected.text });
    for (let o = 0; o <= got.text.length; o++) {
      if (got.toOriginal(o) !== expected.toOriginal(o)) expect({ text, o, at: got.toOriginal(o) }).toBe(null);
    }
  }
  expect(hasHiddenOrWide(text)).toBe(HIDDEN_OR_WIDE.test(text));
}

// Every range edge of the fold set and its neighbours, tag halves alone and paired, and ordinary text.
const UNITS = [
  0x9f, 0xa0, 0xa1, 0xac, 0xad, 0xae, 0x1fff, 0x2000, 0x200a, 0x200b, 0x200f, 0x2010, 0x2015, 0x2016, 0x2029,
  0x202a, 0x202e, 0x202f, 0x2030, 0x205e, 0x205f, 0x2060, 0x2064, 0x2065, 0x2066, 0x2069, 0x206a, 0x2211,
  0x2212, 0x2213, 0x2fff, 0x3000, 0x3001, 0xfefe, 0xfeff, 0xff00, 0xff01, 0xff10, 0xff5e, 0xff5f, 0xdb3f,
  0xdb40, 0xdb41, 0xdbff, 0xdc00, 0xdc7f, 0xdc80, 0xdfff, 0xe000, 0x4e2d, 0x430, 0x41, 0x61, 0x20, 0x2d, 0x31,
];
const WORDS = ['4111', ' ', 'key', 'ghp_', '-', 'ana@example.org', '\n'];

describe('foldForIdentifiers and hasHiddenOrWide from the wasm scan equal their regexes', () => {
  it('on random texts of range edges, surrogate halves and ASCII, at every length around the 8-unit blocks', () => {
    const next = mulberry32(5);
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(next() * 40);
      let text = '';
      for (let j = 0; j < n; j++) {
        text +=
          next() < 0.5
            ? String.fromCharCode(UNITS[Math.floor(next() * UNITS.length)]!)
            : WORDS[Math.floor(next() * WORDS.length)]!;
      }
      same(text);
    }
  });

  it('on long texts with rare folds, and on the 1 MB benchmark document', () => {
    const next = mulberry32(9);
    for (let i = 0; i < 20; i++) {
      const chars = [...'x'.repeat(20_000)];
      for (let k = 0; k < 5; k++)
        chars[Math.floor(next() * chars.length)] = String.fromCharCode(UNITS[i + k]!);
      same(chars.join(''));
    }
    same(corpusOf(datasetTexts('benign/documentation.jsonl'), 1 << 20, 101));
  });
});
