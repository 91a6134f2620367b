import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { numberArg, numberFlag, optionalNumberFlag, shareArg, shareFlag } from './number-flag.js';

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

describe('numberFlag bounds and forms', () => {
  it('refuses exclusive bounds and hex, exponent and other forms Number() would read', () => {
    expect(() => numberFlag('--rpm', '0', { above: 0, integer: true }, 'a positive whole number')).toThrow(
      '--rpm: expected a positive whole number, got "0"',
    );
    expect(() => numberFlag('--x', '1', { above: 0, below: 1 }, 'a share')).toThrow('got "1"');
    for (const value of ['0x10', '0o7', '0b1', '-0x1', '1e3', '.'])
      expect(() => numberFlag('--x', value, { min: -100 }, 'n')).toThrow(`got "${value}"`);
    expect(numberFlag('--x', '.5', { min: 0 }, 'n')).toBe(0.5);
    expect(numberFlag('--x', '-3', { min: -5 }, 'n')).toBe(-3);
  });

  it('optionalNumberFlag passes an absent flag through; numberArg raises the same error while parsing', () => {
    expect(optionalNumberFlag('--x', undefined, { min: 0 }, 'n')).toBeUndefined();
    expect(() => numberArg('--retries', { min: 0, integer: true }, 'a whole number')('')).toThrow(
      InvalidArgumentError,
    );
    expect(() => numberArg('--retries', { min: 0, integer: true }, 'a whole number')('')).toThrow(
      'expected a whole number',
    );
    expect(shareArg('--fail-above')('5%')).toBeCloseTo(0.05);
  });

  it('shareFlag reads 0-1 and percentages, and refuses 95 meant as 95%', () => {
    expect(shareFlag('--fail-above', '0.05')).toBe(0.05);
    expect(shareFlag('--fail-above', '5%')).toBeCloseTo(0.05);
    expect(() => shareFlag('--fail-above', '95')).toThrow('--fail-above: expected a rate from 0 to 1');
    expect(() => shareFlag('--fail-above', '')).toThrow('got ""');
    expect(() => shareFlag('--fail-above', '150%')).toThrow('got "150%"');
  });
});
