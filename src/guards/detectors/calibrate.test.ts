import { describe, expect, it } from 'vitest';
import { calibratedScore, probabilityFromScore } from './calibrate.js';

describe('calibratedScore', () => {
  it('puts the threshold at 0.5 and is undone by probabilityFromScore on both sides of it', () => {
    for (const threshold of [0.2, 0.654, 0.861]) {
      expect(calibratedScore(threshold, threshold)).toBeCloseTo(0.5, 12);
      for (const p of [0, 0.01, threshold / 2, threshold, (threshold + 1) / 2, 0.999, 1]) {
        expect(probabilityFromScore(calibratedScore(p, threshold), threshold)).toBeCloseTo(p, 12);
      }
    }
  });
});
