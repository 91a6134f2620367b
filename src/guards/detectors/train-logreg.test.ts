import { describe, expect, it } from 'vitest';
import { trainHead, type ExampleSet, type TrainOptions } from './train-logreg.js';

// Toy data: feature 1 marks positives, feature 2 negatives, feature 3 is noise on both.
function toySet(): ExampleSet {
  const ids: number[] = [];
  const offsets = [0];
  const labels: number[] = [];
  for (let k = 0; k < 200; k++) {
    const pos = k % 3 === 0;
    ids.push(pos ? 1 : 2, 3);
    offsets.push(ids.length);
    labels.push(pos ? 1 : 0, k % 2 === 0 ? -1 : 0);
  }
  return {
    ids: Int32Array.from(ids),
    offsets: Int32Array.from(offsets),
    count: 200,
    labels: Int8Array.from(labels),
    heads: 2,
  };
}

const opts: TrainOptions = { epochs: 5, learningRate: 0.3, l2: 1e-6, negativeWeight: 1, seed: 1 };

describe('trainHead', () => {
  it('learns which features mark positives and is deterministic for a seed', () => {
    const a = trainHead(toySet(), 0, opts);
    expect(a.weights[1]).toBeGreaterThan(0.5);
    expect(a.weights[2]).toBeLessThan(-0.5);
    expect(Math.abs(a.weights[3]!)).toBeLessThan(Math.abs(a.weights[1]!));
    const b = trainHead(toySet(), 0, opts);
    expect(Array.from(b.weights.subarray(0, 8))).toEqual(Array.from(a.weights.subarray(0, 8)));
    expect(b.bias).toBe(a.bias);
  });

  it('refuses a head without both classes (labels -1 are skipped)', () => {
    // Head 1 has only negatives and ignored rows.
    expect(() => trainHead(toySet(), 1, opts)).toThrow(/positive and negative/);
  });
});
