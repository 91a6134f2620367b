import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import { foldLetters } from './rule-lexicon.js';
import { ACCENT, ASTRAL, classesOf, FOLD, MARK, readPieces, SPECIAL, spacedIn } from './rule-piece-flags.js';

/** Units that make a piece special, and the ones around them that do not. */
const UNITS = [
  'a',
  'b',
  ' ',
  ' ',
  ' ',
  '\n',
  '.',
  'é',
  'Ł',
  'ł',
  'Ø',
  '’',
  'ʼ',
  'ׁ',
  'ّ',
  'Å',
  'ẞ',
  'Σ',
  'й',
  '一',
  '𐐀',
  '\ud801',
  'x',
];

describe('flags of the pieces of a long text from one pass', () => {
  it('say what regexes over each piece (and its lower case) say, at block and piece edges too', () => {
    const next = seededInt(3);
    for (let k = 0; k < 40; k++) {
      // Mostly ASCII words (whole 8-unit runs without a class), with special units and spaced letters here and there.
      let text = '';
      while (text.length < 20_000 + next(20_000)) {
        const r = next(10);
        if (r < 6) text += 'lorem ipsum dolor '.slice(next(10));
        else if (r < 8) text += UNITS[next(UNITS.length)]!;
        else text += ' q w e ';
      }
      const lower = text.toLowerCase();
      if (lower.length !== text.length) continue;
      readPieces(text);
      for (let from = 0; from < text.length; from += 512 * (1 + next(15))) {
        // Pieces start and end at multiples of 512 units (7680 and 8192 are), or at the text's end.
        const to = Math.min(text.length, from + 512 * (1 + next(16)));
        const piece = text.slice(from, to);
        const low = lower.slice(from, to);
        const c = classesOf(from, to);
        const where = `text ${k} [${from}, ${to})`;
        expect((c & SPECIAL) !== 0, where).toBe(
          /[\u0591-\u05c7\u064b-\u065f\u0670\u00c0-\u024f\u2019\u02bc]/.test(piece),
        );
        expect((c & MARK) !== 0, where).toBe(/[\u0591-\u05c7\u064b-\u065f\u0670]/.test(piece));
        expect((c & FOLD) !== 0, where).toBe(/[łđøħ’ʼ]/.test(low));
        expect((c & ACCENT) !== 0, where).toBe(/[\u00c0-\u024f]/.test(foldLetters(low)));
        expect((c & ASTRAL) !== 0, where).toBe(/[\ud800-\udfff]/.test(piece));
        expect(spacedIn(from, to), where).toBe(/ \S \S \S /.test(piece));
      }
    }
    // Spaced letters across a block's end: in the piece that holds all seven units only.
    const text = 'x'.repeat(509) + ' q w e ' + 'x'.repeat(2000);
    readPieces(text);
    expect(spacedIn(0, 512)).toBe(false);
    expect(spacedIn(0, 1024)).toBe(true);
    expect(spacedIn(512, 1024)).toBe(false);
  });
});
