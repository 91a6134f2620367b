import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import { lowerTable, resolveHighSurrogate } from './lower-table.js';

/** The scorer's lower-casing (wasm-score-blocks.wat): ASCII by toLowerCase, every other unit through the table. */
function byTable(text: string): string | null {
  const t = lowerTable();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out += String.fromCharCode(c).toLowerCase();
    else if (t[c] === 0) return null;
    else out += String.fromCharCode(t[c]!);
  }
  return out;
}

describe('lowerTable: toLowerCase one unit at a time', () => {
  const t = lowerTable();

  it('gives what toLowerCase gives inside a text, for every BMP unit it has an entry for, in any neighbourhood', () => {
    const units: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) if (t[c] !== 0 && (c < 0xd800 || c > 0xdfff)) units.push(c);
    // Nearly all of the BMP: only the few units toLowerCase changes in context or lengthens are left out.
    expect(units.length).toBeGreaterThan(60000);
    const next = seededInt(5);
    const texts = [String.fromCharCode(...units), String.fromCharCode(...units.slice().reverse())];
    for (let k = 0; k < 4; k++) {
      const shuffled = units.slice();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = next(i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      // Words, spaces and Greek capitals between them: the neighbourhoods Final_Sigma looks at.
      const filler = ['A', ' ', 'Ω', 'ab', '.', 'Ά'];
      texts.push(shuffled.map((c) => String.fromCharCode(c) + filler[next(filler.length)]!).join(''));
    }
    for (const text of texts) {
      const want = text.toLowerCase();
      expect(want.length).toBe(text.length);
      expect(byTable(text) === want).toBe(true);
    }
  });

  it('has no entry where one unit cannot say what toLowerCase does: Σ, İ, the Kelvin sign', () => {
    // Σ: σ or ς by context; İ: two units; K (U+212A): ASCII k, which the scorer folds with its own table.
    expect('ΟΔΥΣΣΕΥΣ'.toLowerCase()).toBe('οδυσσευς');
    expect([t[0x3a3], t[0x130], t[0x212a]]).toEqual([0, 0, 0]);
    expect(byTable('ΟΔΥΣΣΕΥΣ')).toBeNull();
  });

  it('keeps a high surrogate as itself only when no code point it starts changes case', () => {
    // Emoji and CJK extension B never change; Deseret (U+10400) and Adlam (U+1E900) capitals do.
    expect(resolveHighSurrogate(0xd83d)).toBe(0xd83d);
    expect(resolveHighSurrogate(0xd840)).toBe(0xd840);
    expect(resolveHighSurrogate(0xd801)).toBe(0);
    expect(resolveHighSurrogate(0xd83a)).toBe(0);
    expect(resolveHighSurrogate(0x41)).toBe(0);
    expect('\u{10400}'.toLowerCase()).not.toBe('\u{10400}');
    const text = '😀 Ärger 𠀀 ΚΑΛΗΜΕΡΑ 🙂';
    expect(byTable(text)).toBe(text.toLowerCase());
    // Low surrogates stand for themselves: a lone one is kept by toLowerCase too.
    expect(byTable('a\udc00B')).toBe('a\udc00b');
  });
});
