import { describe, expect, it } from 'vitest';
import { confidentJoint, rankByJoint } from './confident-learning.js';
import { psi } from './drift.js';
import { auroc, detectionMetrics, simulateFlips } from './metrics.js';

describe('metrics', () => {
  it('AUROC: perfect, inverted and tied rankings', () => {
    const s = Float64Array.from([0.1, 0.2, 0.8, 0.9]);
    expect(auroc(s, new Set([2, 3]))).toBe(1);
    expect(auroc(s, new Set([0, 1]))).toBe(0);
    expect(auroc(Float64Array.from([0.5, 0.5, 0.5, 0.5]), new Set([0]))).toBe(0.5);
  });

  it('precision, recall and F1 of a flagged set', () => {
    const m = detectionMetrics(new Set([1, 2, 3, 4]), new Set([1, 2, 9]), new Float64Array(10));
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(4 / 7);
  });

  it('simulateFlips flips exactly round(rate*n) rows, always to another class, reproducibly', () => {
    const labels = Int32Array.from({ length: 1000 }, (_, i) => i % 3);
    const a = simulateFlips(labels, 3, 0.1, 42);
    const b = simulateFlips(labels, 3, 0.1, 42);
    expect(a.flipped.size).toBe(100);
    expect([...a.flipped]).toEqual([...b.flipped]);
    for (let i = 0; i < 1000; i++) expect(a.noisy[i] !== labels[i]).toBe(a.flipped.has(i));
  });

  it('confident joint counts confident disagreements and rankByJoint flags that many', () => {
    const probs = [
      [0.9, 0.1],
      [0.8, 0.2],
      [0.1, 0.9],
      [0.2, 0.8],
      [0.95, 0.05], // labelled 1 but confidently 0
    ].map((p) => Float64Array.from(p));
    const labels = Int32Array.from([0, 0, 1, 1, 1]);
    const { joint } = confidentJoint(probs, labels, 2);
    expect(Math.round(joint[1]?.[0] ?? 0)).toBe(1);
    expect([...rankByJoint(probs, labels, joint)]).toEqual([4]);
  });

  it('PSI is 0 for identical distributions and grows with shift', () => {
    expect(psi([50, 50], [50, 50])).toBe(0);
    expect(psi([50, 50], [60, 40])).toBeGreaterThan(0.03);
    expect(psi([50, 50], [90, 10])).toBeGreaterThan(0.25);
  });
});
