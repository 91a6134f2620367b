import { describe, expect, it } from 'vitest';
import { numberFlag } from './number-flag.js';

describe('numberFlag', () => {
  it('returns numbers inside the range', () => {
    expect(numberFlag('--x', '0.25', { min: 0 }, 'a PSI')).toBe(0.25);
    expect(numberFlag('--x', '1', { min: 0, max: 1 }, 'a share')).toBe(1);
    expect(numberFlag('--x', '64', { min: 1, max: 64, integer: true }, 'workers')).toBe(64);
  });

  it('refuses empty, unparsable, fractional-where-whole and out-of-range values, naming flag and expectation', () => {
    const bad: [string, Parameters<typeof numberFlag>[2]][] = [
      ['', { min: 0 }],
      [' ', { min: 0 }],
      ['0,3', { min: 0 }],
      ['-0.1', { min: 0 }],
      ['95', { min: 0, max: 1 }],
      ['2.5', { min: 1, max: 64, integer: true }],
      ['0', { min: 1, max: 64, integer: true }],
      ['Infinity', { min: 0 }],
    ];
    for (const [value, range] of bad) {
      expect(() => numberFlag('--x', value, range, 'something')).toThrow(
        `--x: expected something, got "${value}"`,
      );
    }
  });
});
