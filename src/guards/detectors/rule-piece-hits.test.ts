import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import { scanLexicon } from './lexicon-scan.js';
import { SCANNER, TERMS } from './rule-lexicon.js';
import { pieceHits } from './rule-piece-hits.js';

/** Every hit of a scan as numbers: start, end, term. */
function hitsOf(h: { start: Int32Array; end: Int32Array; term: Int32Array; n: number }): number[] {
  const out: number[] = [];
  for (let k = 0; k < h.n; k++) out.push(h.start[k]!, h.end[k]!, h.term[k]!);
  return out;
}

function scanOf(lower: string): number[] {
  const out: number[] = [];
  SCANNER.scan(lower, (s, e, t) => void out.push(s, e, t));
  return out;
}

/** A text of lexicon terms, parts of them, and glue the scanner treats specially (word starts, proclitics, spaces). */
function randomText(next: (n: number) => number, length: number): string {
  const glue = [' ', '  ', '\n', '. ', ', ', '"', '«', '-', '', 'x', 'é', 'و', 'ו', '一', ': ', '’'];
  let text = '';
  while (text.length < length) {
    const t = TERMS[next(TERMS.length)]!;
    text += next(4) === 0 ? t.slice(0, 1 + next(t.length)) : t;
    text += glue[next(glue.length)]!;
  }
  return text.slice(0, length);
}

describe('a piece’s lexicon hits taken from the whole text’s scan', () => {
  it('are the hits of a scan of the piece’s own reading: as is, with units changed, with units dropped', () => {
    const next = seededInt(99);
    const changes = ['a', "'", 'l', ' ', 'e', 'ü', 'x'];
    for (let k = 0; k < 120; k++) {
      const whole = randomText(next, 3000 + next(6000));
      const hits = scanLexicon(whole);
      const from = next(whole.length - 1000);
      const span = Math.min(whole.length - from, 500 + next(2500));
      const slice = whole.slice(from, from + span);
      const kind = k % 3;
      let lower = slice;
      let kept: Int32Array | null = null;
      if (kind === 1) {
        // Units changed in place (letters folded, accents stripped).
        const units = [...slice];
        for (let c = next(12); c >= 0; c--) units[next(units.length)] = changes[next(changes.length)]!;
        lower = units.join('').slice(0, span);
        if (lower.length !== span) continue;
      } else if (kind === 2) {
        // Units dropped (vowel marks, the gaps of spaced-out letters), one or a run at a time.
        const drop = new Uint8Array(span);
        for (let c = next(20); c >= 0; c--) {
          const at = next(span);
          for (let r = next(3); r >= 0 && at + r < span; r--) drop[at + r] = 1;
        }
        const keep: number[] = [];
        for (let i = 0; i < span; i++) if (drop[i] === 0) keep.push(i);
        lower = keep.map((i) => slice[i]).join('');
        kept = Int32Array.from([...keep, span]);
      }
      const got = hitsOf(pieceHits(lower, whole, hits, from, span, kept, kind === 0));
      const want = scanOf(lower);
      // The whole scan's hits may run past the piece's end (the rule layer drops them): compare those inside.
      const inside: number[] = [];
      for (let h = 0; h < got.length; h += 3)
        if (got[h + 1]! <= lower.length) inside.push(...got.slice(h, h + 3));
      expect(inside, `case ${k}`).toEqual(want);
      expect(want.length).toBeGreaterThan(0);
    }
  });
});
