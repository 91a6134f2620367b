import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../core/random.js';
import { OffsetMap, OffsetMapCursor } from './offset-map.js';

/** A dense map the way the normaliser writes one: every offset in order, runs of the identity plus a constant. */
function randomDense(next: () => number, length: number): number[] {
  const dense: number[] = [];
  let value = Math.floor(next() * 5);
  for (let o = 0; o < length; o++) {
    const r = next();
    // Removed characters (a jump ahead), expansions (the same value again), or the next character.
    if (r < 0.05) value += 1 + Math.floor(next() * 4);
    else if (r < 0.1 && o > 0) value = dense[o - 1]!;
    else if (o > 0) value = dense[o - 1]! + 1;
    dense.push(value);
  }
  return dense;
}

describe('OffsetMap (breaks only) equals the dense map it replaces', () => {
  it('answers every offset alike, with offsets written twice (the later wins)', () => {
    const next = mulberry32(3);
    for (let t = 0; t < 300; t++) {
      const dense = randomDense(next, Math.floor(next() * 300));
      const map = new OffsetMap();
      dense.forEach((v, o) => {
        if (next() < 0.1) map.put(o, v + 7); // overwritten right away
        map.put(o, v);
      });
      for (let o = 0; o < dense.length; o++)
        if (map.get(o) !== dense[o]) expect([t, o, map.get(o)]).toEqual([t, o, dense[o]]);
    }
  });

  it('copies blocks and single entries through a cursor like copyWithin on the dense map', () => {
    const next = mulberry32(4);
    for (let t = 0; t < 300; t++) {
      const dense = randomDense(next, 20 + Math.floor(next() * 300));
      const map = new OffsetMap();
      dense.forEach((v, o) => map.put(o, v));
      // Compact it the way collapseSpacedLetters does: blocks moved down, single entries dropped.
      const moved: number[] = [];
      const cursor = new OffsetMapCursor(t % 5 === 0 ? null : map);
      const source = t % 5 === 0 ? dense.map((_, o) => o) : dense;
      const out = new OffsetMap();
      let r = 0;
      while (r < source.length) {
        const len = Math.min(source.length - r, 1 + Math.floor(next() * 20));
        const what = next();
        if (what < 0.5) {
          cursor.copyTo(out, moved.length, r, r + len);
          for (let k = r; k < r + len; k++) moved.push(source[k]!);
        } else if (what < 0.75) {
          out.put(moved.length, cursor.get(r));
          moved.push(source[r]!);
        }
        r += len;
      }
      for (let o = 0; o < moved.length; o++)
        if (out.get(o) !== moved[o]) expect([t, o, out.get(o)]).toEqual([t, o, moved[o]]);
      const cut = Math.floor(next() * dense.length);
      const prefix = map.prefix(cut);
      for (let o = 0; o < cut; o++) expect(prefix.get(o)).toBe(dense[o]);
    }
  });
});
