import { describe, expect, it } from 'vitest';
import { digitRuns } from './digit-anchors.js';
import { seededInt } from '../../core/random.js';

/** The runs computed the slow, obvious way. */
function naiveRuns(text: string): { digits: number[]; runs: [number, number, number][] } {
  const digits: number[] = [];
  const runs: [number, number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else runs.push([i, i + 1, digits.length]);
    digits.push(i);
  }
  return { digits, runs };
}

describe('digit runs', () => {
  it('match a naive scan for texts of every size, one after another (the arrays are reused between texts)', () => {
    const texts = [
      'no digits at all',
      'call 555 0100 or +44 20 7946 0958 today',
      'x'.repeat(3000) + ' 1 22 333 4444 ' + 'y'.repeat(3000),
      Array.from({ length: 3000 }, (_, i) => `item ${i} costs ${i * 7} euro;`).join(' '),
      'a1b2c3',
      '',
      '9',
    ];
    for (const text of [...texts, ...texts.reverse()]) {
      const runs = digitRuns(text);
      const expected = naiveRuns(text);
      if (expected.digits.length > Math.floor(text.length / 12) + 16) {
        expect(runs).toBeNull();
        continue;
      }
      expect(runs).not.toBeNull();
      expect([...runs!.digits]).toEqual(expected.digits);
      const got: [number, number, number][] = [];
      for (let k = 0; k < runs!.count; k++) got.push([runs!.start[k]!, runs!.end[k]!, runs!.first[k]!]);
      expect(got).toEqual(expected.runs);
    }
  });

  it('match a naive scan on random texts of digits, their neighbours and wide units at every length', () => {
    // '/' and ':' border the digits; U+0130 and U+FF10 have a digit's low byte; fullwidth digits are not ASCII.
    const units = ['0', '5', '9', '/', ':', ' ', 'a', '\u0130', '\u0139', '\uff10', '\u0660', 'word '];
    const next = seededInt(7);
    for (let t = 0; t < 2000; t++) {
      let text = '';
      const len = next(120);
      while (text.length < len) text += units[next(units.length)];
      const runs = digitRuns(text);
      const expected = naiveRuns(text);
      if (expected.digits.length > Math.floor(text.length / 12) + 16) {
        expect(runs).toBeNull();
        continue;
      }
      expect([...runs!.digits]).toEqual(expected.digits);
      const got: [number, number, number][] = [];
      for (let k = 0; k < runs!.count; k++) got.push([runs!.start[k]!, runs!.end[k]!, runs!.first[k]!]);
      expect(got).toEqual(expected.runs);
    }
  });
});
