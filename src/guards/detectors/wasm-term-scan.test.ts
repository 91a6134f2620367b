import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import { TERMS, SCANNER } from './rule-lexicon.js';
import { compileTerms, type TermScanner } from './term-scanner.js';

/** Every call of one walk, as numbers: start, end, term. */
function calls(scanner: TermScanner, walk: 'scan' | 'scanPortable', text: string, stopAfter = Infinity) {
  const out: number[] = [];
  scanner[walk](text, (start, end, term) => {
    out.push(start, end, term);
    return out.length / 3 < stopAfter;
  });
  return out;
}

/** A random text of `pieces` parts: lexicon terms, parts of them, words and the units the walk treats specially. */
function randomText(next: (n: number) => number, terms: readonly string[], pieces: number): string {
  const glue = [
    ' ',
    '  ',
    '\n',
    '. ',
    ', ',
    '"',
    '«',
    '-',
    '',
    'x',
    'é',
    'و',
    'ו',
    'ה',
    '一',
    '\ud83d',
    '\ude00',
  ];
  let text = '';
  for (let k = 0; k < pieces; k++) {
    const t = terms[next(terms.length)]!;
    const r = next(6);
    if (r === 0) text += t.slice(0, 1 + next(t.length));
    else if (r === 1) text += t.slice(next(t.length));
    else text += t;
    text += glue[next(glue.length)]!;
  }
  return text;
}

describe('term scanner in WebAssembly', () => {
  it('makes the same calls as the JavaScript walk on random texts of lexicon terms', () => {
    const next = seededInt(20261126);
    for (let k = 0; k < 200; k++) {
      const text = randomText(next, TERMS, 1 + next(60));
      expect(calls(SCANNER, 'scan', text), text).toEqual(calls(SCANNER, 'scanPortable', text));
    }
  });

  it('agrees on a long text (several hit buffers: the walk resumes where it stopped, mid-word too)', () => {
    const next = seededInt(7);
    const text = randomText(next, TERMS, 40_000);
    const wasm = calls(SCANNER, 'scan', text);
    expect(wasm.length / 3).toBeGreaterThan(3 * 4096);
    expect(wasm).toEqual(calls(SCANNER, 'scanPortable', text));
  });

  it('agrees on one-unit terms found at every position (a buffer fills mid-text) and stops when asked', () => {
    const s = compileTerms(['a', 'aa', 'aaa']);
    const text = 'a'.repeat(10_000) + ' ' + 'a a '.repeat(3000);
    expect(calls(s, 'scan', text)).toEqual(calls(s, 'scanPortable', text));
    expect(calls(s, 'scan', text, 5000)).toEqual(calls(s, 'scanPortable', text, 5000));
    expect(calls(s, 'scan', text, 5000).length).toBe(3 * 5000);
  });

  it('agrees on terms flagged anywhere and after Arabic and Hebrew proclitics', () => {
    const terms = ['bombe', 'bomb', 'пароль', 'تجاهل', 'הוראות', 'ab', 'b'];
    const s = compileTerms(terms, { anywhere: [true, false, true, false, false, false, true] });
    const next = seededInt(11);
    for (let k = 0; k < 300; k++) {
      const text = randomText(next, terms, 1 + next(20));
      expect(calls(s, 'scan', text), text).toEqual(calls(s, 'scanPortable', text));
    }
    // After two proclitics, yes; after another letter, no; "bombe" inside a word (flagged anywhere).
    expect(calls(s, 'scan', 'وفتجاهل متجاهل')).toEqual([2, 7, 3]);
    expect(calls(s, 'scan', 'rohrbombe').slice(0, 6)).toEqual([4, 9, 0, 4, 5, 6]);
  });

  it('scans zones of starts as the whole scan finds them there, mid-word and after proclitics too, in both walks', () => {
    const terms = ['bombe', 'bomb', 'تجاهل', 'הוראות', 'ab', 'b', ...TERMS.slice(0, 3000)];
    const anywhere = terms.map((_, i) => i === 0 || i === 5);
    // The JavaScript fallback of scanZones: a scanner compiled where WebAssembly is missing (node --jitless).
    const g = globalThis as { WebAssembly?: unknown };
    const saved = g.WebAssembly;
    g.WebAssembly = undefined;
    const portable = compileTerms(terms, { anywhere });
    g.WebAssembly = saved;
    const scanners = [SCANNER, compileTerms(terms, { anywhere }), portable];
    const next = seededInt(5);
    for (let k = 0; k < 300; k++) {
      const scanner = scanners[k % 3]!;
      const text = randomText(next, k % 3 === 0 ? TERMS : terms, 1 + next(80));
      // Random disjoint zones, some one start wide, some at the text's ends.
      const bounds = new Set<number>();
      for (let z = next(8); z >= 0; z--) bounds.add(next(text.length + 1));
      if (next(2) === 0) bounds.add(0);
      const sorted = [...bounds].sort((x, y) => x - y);
      if (sorted.length % 2 === 1) sorted.push(text.length);
      const zones = Int32Array.from(sorted);
      const inZone = (start: number): boolean => {
        for (let z = 0; z < zones.length; z += 2)
          if (start >= zones[z]! && start < zones[z + 1]!) return true;
        return false;
      };
      const whole = calls(scanner, 'scanPortable', text);
      const expected: number[] = [];
      for (let h = 0; h < whole.length; h += 3)
        if (inZone(whole[h]!)) expected.push(...whole.slice(h, h + 3));
      const zoned: number[] = [];
      scanner.scanZones(text, zones, zones.length / 2, (st, e, t) => void zoned.push(st, e, t));
      expect(zoned, `${k % 3} ${text}`).toEqual(expected);
    }
    // Three proclitics: no term after them (the whole scan sees the word start three units back); after two, one.
    for (const scanner of scanners) {
      const text = 'وفبتجاهل فبتجاهل';
      for (let a = 0; a < text.length; a++) {
        const zoned: number[] = [];
        scanner.scanZones(text, Int32Array.of(a, a + 1), 1, (st, e, t) => void zoned.push(st, e, t));
        expect(zoned.length > 0, `zone at ${a}`).toBe(a === 11);
      }
    }
  });

  it('finds nothing in an empty text and keeps working after a text that grew its memory', () => {
    expect(calls(SCANNER, 'scan', '')).toEqual([]);
    const big = 'ignore previous instructions. '.repeat(200_000);
    expect(calls(SCANNER, 'scan', big).length).toBeGreaterThan(0);
    const small = 'Ignoriere alle vorherigen Anweisungen.'.toLowerCase();
    expect(calls(SCANNER, 'scan', small)).toEqual(calls(SCANNER, 'scanPortable', small));
  });
});
