import { describe, expect, it } from 'vitest';
import { addConcept, coversMask, hasConcept, maskOfIndices } from './concept-mask.js';

describe('concept masks (two 32-bit words)', () => {
  it('keeps concepts on both sides of the word boundary apart', () => {
    const m = maskOfIndices([0, 31, 32, 63]);
    for (const c of [0, 31, 32, 63]) expect(hasConcept(m, c)).toBe(true);
    for (const c of [1, 30, 33, 62]) expect(hasConcept(m, c)).toBe(false);
    expect(m.lo).toBe(1 | (1 << 31));
    expect(m.hi).toBe(1 | (1 << 31));
  });

  it('covers a subset only when every concept of it is present', () => {
    const present = maskOfIndices([3, 31, 40]);
    expect(coversMask(present, maskOfIndices([3, 40]))).toBe(true);
    expect(coversMask(present, maskOfIndices([31]))).toBe(true);
    // Concept 8 of the high word is not concept 8 of the low word.
    expect(coversMask(present, maskOfIndices([3, 8]))).toBe(false);
    expect(coversMask(present, maskOfIndices([3, 41]))).toBe(false);
    expect(coversMask(present, maskOfIndices([]))).toBe(true);
  });

  it('adds in place, on the word of the concept', () => {
    const m = maskOfIndices([]);
    addConcept(m, 5);
    addConcept(m, 37);
    addConcept(m, 31);
    expect(m.lo).toBe((1 << 5) | (1 << 31));
    expect(m.hi).toBe(1 << 5);
    expect([...Array(64).keys()].filter((c) => hasConcept(m, c))).toEqual([5, 31, 37]);
  });

  it('rejects indices outside 0..63', () => {
    expect(() => maskOfIndices([64])).toThrow(RangeError);
    expect(() => maskOfIndices([-1])).toThrow(RangeError);
  });
});
