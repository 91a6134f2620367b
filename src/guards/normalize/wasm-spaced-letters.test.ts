import { describe, expect, it } from 'vitest';
import { findSpaced, hasSpacedHexShape, leetTokens, loadSpaced, nextLeet } from './wasm-spaced-letters.js';
import { seededInt } from '../../core/random.js';

/**
 * What findSpaced answers: the first start at or after `from` of three single letters spaced out (no letter or digit
 * before, no letter after), where collapseSpacedLetters counts a run of three or more.
 */
const SPACED = /(?<![A-Za-z0-9])[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z](?![A-Za-z])/g;
function regexFrom(text: string, from: number): number {
  SPACED.lastIndex = from;
  return SPACED.test(text) ? SPACED.lastIndex - 5 : -1;
}

function unitsOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length + 3).fill(0x61); // junk past n must not matter
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

function randomTexts(count: number, seed: number): string[] {
  const next = seededInt(seed);
  // Letters, the five spacers, and their near misses: the ASCII neighbours of both letter ranges and of the
  // spacers, units whose low byte is a letter or spacer, fullwidth letters, surrogates.
  const pieces = [
    ...'aAzZmQ',
    ...' .-_*',
    ...'@[`{,/+)^09\t\n',
    '\u0141',
    '\u0161',
    '\u012e',
    '\u0120',
    '\uff41',
    ...'09afAFgG:;',
    '4f:',
    'de ad',
    ' 0a ',
    'é',
    '😀',
    '\ud800',
    'word',
    'I g n o r e',
    's.y.s',
    'a-b',
  ];
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    const len = next(4) === 0 ? next(5) : next(200);
    let s = '';
    while (s.length < len) s += pieces[next(pieces.length)]!;
    texts.push(s);
  }
  return texts;
}

describe('findSpaced (WebAssembly) against the regex it replaces', () => {
  it('finds every candidate start the regex finds, from every position, on random texts', () => {
    const edges = ['a b cd', '1a b c', 'ab c d', 'a b c1', '_a b c', 'a b c_'];
    for (const text of [
      '',
      'a b',
      'a b c',
      'x a.b.c',
      'a b c'.repeat(9),
      ...edges,
      ...randomTexts(1500, 3),
    ]) {
      loadSpaced(unitsOf(text), text.length);
      const got: number[] = [];
      const want: number[] = [];
      for (let from = 0; from <= text.length + 1; from++) {
        got.push(findSpaced(from));
        want.push(regexFrom(text, from));
      }
      expect(got, JSON.stringify(text)).toEqual(want);
    }
  });

  it('tells spaced hex pairs exactly when the regex it replaces does, on random texts', () => {
    const shape = /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :]/;
    let found = 0;
    for (const text of ['', 'de ad ', 'de:ad:', 'de ad', 'DE AD BE', 'ag ad ', ...randomTexts(4000, 5)]) {
      const want = shape.test(text);
      if (want) found++;
      expect(hasSpacedHexShape(unitsOf(text), text.length), JSON.stringify(text)).toBe(want);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('keeps working after a long text grows its memory and a short one follows', () => {
    const long = 'lorem ipsum, '.repeat(100_000) + 'i g n o r e';
    loadSpaced(unitsOf(long), long.length);
    expect(findSpaced(0)).toBe(long.length - 11);
    loadSpaced(unitsOf('no candidate here'), 17);
    expect(findSpaced(0)).toBe(-1);
  });
});

describe('nextLeet (WebAssembly) against the regex it replaces', () => {
  // What foldLeet searched with: the first leet look-alike at or after `from`.
  const LEET = /[013-57-9@$!]/g;
  const regexFrom = (text: string, from: number): number => {
    LEET.lastIndex = from;
    return LEET.test(text) ? LEET.lastIndex - 1 : -1;
  };
  it('finds the same position from every start, on random texts with every digit, neighbours and wide units', () => {
    const extra = [
      ...'0123456789@$!"#%&2 6',
      '\u0130',
      '\u0131',
      '\u0140',
      '\u0124',
      '\uff10',
      '\uff11',
      '\u0660',
    ];
    const next = seededInt(17);
    let found = 0;
    for (const base of randomTexts(800, 9)) {
      let text = '';
      for (const ch of base) text += next(3) === 0 ? extra[next(extra.length)]! : ch;
      loadSpaced(unitsOf(text), text.length);
      for (let from = 0; from <= text.length; from++) {
        const want = regexFrom(text, from);
        if (want >= 0) found++;
        if (nextLeet(from) !== want) expect([text, from, nextLeet(from)]).toEqual([text, from, want]);
      }
    }
    expect(found).toBeGreaterThan(10_000);
  });
});

describe('leetTokens (WebAssembly) against the nextLeet walk it replaces', () => {
  // foldLeet's token list before: every maximal run of letters, digits and @$! holding a leet character; foldLeetPass
  // skips those without a letter or with a 2 or 6, so leetTokens leaves them out.
  const kind = (c: number): number =>
    /[A-Za-z]/.test(String.fromCharCode(c)) && c < 128
      ? 1
      : /[013-57-9@$!]/.test(String.fromCharCode(c))
        ? 2
        : c >= 48 && c <= 57
          ? 3
          : 0;
  function walk(text: string): number[] {
    const out: number[] = [];
    for (let p = nextLeet(0); p >= 0 && p < text.length; p = nextLeet(p)) {
      let start = p;
      while (start > 0 && kind(text.charCodeAt(start - 1)) !== 0) start--;
      let end = p + 1;
      while (end < text.length && kind(text.charCodeAt(end)) !== 0) end++;
      let letters = 0;
      let plain = 0;
      for (let k = start; k < end; k++) {
        if (kind(text.charCodeAt(k)) === 1) letters++;
        if (kind(text.charCodeAt(k)) === 3) plain++;
      }
      if (letters > 0 && plain === 0) out.push(start, end);
      p = end;
    }
    return out;
  }
  it('lists the same runs on random texts of letters, every digit, @$! and their neighbours', () => {
    const pieces = [
      ...'aZq0123456789@$!#%&"?/ .-_',
      'h4ck',
      '1gn0r3',
      'p@$$',
      '2026',
      'x86',
      'b64',
      'İ',
      '\uff11',
      '٠',
      'é',
    ];
    const next = seededInt(31);
    let runs = 0;
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const len = next(4) === 0 ? 3000 + next(3000) : next(60);
      while (text.length < len) text += pieces[next(pieces.length)]!;
      loadSpaced(unitsOf(text), text.length);
      const want = walk(text);
      runs += want.length / 2;
      const got = leetTokens();
      if (got.join() !== want.join()) expect({ text, got }).toEqual({ text, got: want });
    }
    expect(runs).toBeGreaterThan(50_000);
  });
  it('resumes where a call stopped when a text holds more runs than one call writes (1,024)', () => {
    for (const text of [
      'h4ck '.repeat(2500),
      'x1 2y 3z '.repeat(1500) + 'a1',
      'p@$$,'.repeat(1024) + '4ll',
    ]) {
      loadSpaced(unitsOf(text), text.length);
      const want = walk(text);
      expect(want.length / 2).toBeGreaterThan(1024);
      expect(leetTokens()).toEqual(want);
    }
  });
});
