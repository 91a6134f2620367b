import { describe, expect, it } from 'vitest';
import { seededInt } from '../../core/random.js';
import { squeezeRepeats } from './wasm-dense-view.js';

/** The definition squeezeRepeats implements (dense-view.ts as first written): a predicate per unit, slices joined. */
function reference(text: string, minSaved: number): { text: string; index: Int32Array } | null {
  const isSpace = (c: number): boolean => c <= 32;
  const collapsible = (c: number): boolean => {
    if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
    if (c < 0xa0) return true;
    return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f);
  };
  const repeats = (i: number): boolean => {
    const c = text.charCodeAt(i);
    if (!collapsible(c)) return false;
    const p = text.charCodeAt(i - 1);
    return c === p || (isSpace(c) && isSpace(p));
  };
  let saved = 0;
  for (let i = 1; i < text.length; i++) if (repeats(i)) saved++;
  if (saved < minSaved) return null;
  const index = new Int32Array(text.length - saved + 1);
  let out = '';
  let n = 0;
  if (text.length > 0) index[n++] = 0;
  for (let i = 1; i < text.length; i++) if (!repeats(i)) index[n++] = i;
  for (let k = 0; k < n; k++) out += text[index[k]!];
  index[n] = text.length;
  return { text: out, index };
}

// Every unit class the predicate tells apart, and the edges of its ranges.
const PIECES = [
  'ignore',
  'Régles',
  'правила',
  '规则',
  ' ',
  '  ',
  '\n',
  '\t',
  '\r\n',
  '\u0000',
  '\u001f',
  '!',
  '|',
  '-',
  '.',
  '....',
  '—',
  '–',
  '…',
  '\u00a0',
  '\u009f',
  '\u0080',
  '\u007f',
  '\u1fff',
  '\u2000',
  '\u206f',
  '\u2070',
  '\u2fff',
  '\u3000',
  '\u303f',
  '\u3040',
  '\ufeff',
  '\uff00',
  '\uff0f',
  '\uff10',
  '0',
  '9',
  'x',
  'Z',
  '`',
  '@',
  '[',
  '{',
  '😀',
  '\ud83d',
  '\ude00',
  '  |  ',
  '----',
  '====',
];

function randomText(next: (n: number) => number): string {
  let s = '';
  const parts = next(80);
  for (let p = 0; p < parts; p++) s += PIECES[next(PIECES.length)]!.repeat(1 + next(next(4) === 0 ? 20 : 3));
  return s;
}

describe('squeezeRepeats (WebAssembly) against the per-unit definition', () => {
  it('gives the same text and positions on random texts, at every threshold', () => {
    const next = seededInt(42);
    for (let k = 0; k < 2000; k++) {
      const text = randomText(next);
      for (const min of [0, 1, 16]) {
        const got = squeezeRepeats(text, min);
        const want = text.length < 2 ? null : reference(text, min);
        if (
          JSON.stringify(got && { t: got.text, i: [...got.index] }) !==
          JSON.stringify(want && { t: want.text, i: [...want.index] })
        )
          expect({ text, min, got }).toEqual({ text, min, got: want });
      }
    }
  });

  it('agrees on a long text after shorter and longer ones (stale memory past the text)', () => {
    const next = seededInt(7);
    const long = Array.from({ length: 400 }, () => randomText(next)).join('');
    // Units of U+8000 and above before a space, inside and at the edge of a sixteen-unit step (the byte path).
    const wide = ('ab'.repeat(7) + '\uff00 \u8000  x\uffff\t').repeat(40);
    for (const text of [long, 'a  b', long.slice(0, 1001), long + long, '  x', wide]) {
      const got = squeezeRepeats(text, 16);
      const want = reference(text, 16);
      expect(got?.text).toBe(want?.text);
      expect(got && [...got.index]).toEqual(want && [...want.index]);
    }
  });
});
