import { describe, expect, it } from 'vitest';
import { mulberry32, seededInt } from './random.js';

describe('mulberry32', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('keeps the published sequence (trained weights and seeded runs depend on it)', () => {
    // Pinned: changing the generator would silently change every seeded split, shuffle and training run.
    const next = mulberry32(1);
    expect(Math.round(next() * 4294967296)).toBe(2693262067);
    expect(Math.round(next() * 4294967296)).toBe(11749833);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const next = mulberry32(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = next();
      if (x < 0 || x >= 1) outside++;
      else buckets[Math.floor(x * 10)]!++;
    }
    expect(outside).toBe(0);
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(600);
  });
});

describe('seededInt', () => {
  it('gives every integer below n and none outside, reproducibly from its seed', () => {
    const a = seededInt(3);
    const seen = new Set<number>();
    const seq: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const v = a(7);
      seq.push(v);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const b = seededInt(3);
    expect(Array.from({ length: 1000 }, () => b(7))).toEqual(seq);
  });
});
