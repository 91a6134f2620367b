import { describe, expect, it } from 'vitest';
import { formatSum, roundUsd } from './usd.js';

describe('roundUsd', () => {
  it('removes the binary float noise of price × tokens', () => {
    const raw = (23 / 1000) * 0.00015;
    expect(String(raw)).toBe('0.0000034499999999999996');
    expect(String(roundUsd(raw))).toBe('0.00000345');
    expect(String(roundUsd((12 / 1000) * 0.00015 + (3 / 1000) * 0.0006))).toBe('0.0000036');
  });

  it('keeps sub-micro-dollar costs and large ones, and leaves 0 and non-finite values alone', () => {
    expect(roundUsd(1.5e-7)).toBe(1.5e-7);
    expect(String(roundUsd(0.1 + 0.2))).toBe('0.3');
    expect(String(roundUsd(1234 * 0.0006 + 0.1))).toBe('0.8404');
    expect(roundUsd(4e-13)).toBe(0);
    expect(roundUsd(0)).toBe(0);
    expect(roundUsd(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('formatSum', () => {
  it('prints a running total of rounded costs without noise', () => {
    let total = 0;
    for (let i = 0; i < 1000; i++) total += roundUsd((23 / 1000) * 0.00015);
    expect(String(total)).not.toBe('0.00345');
    expect(formatSum(total)).toBe('0.00345');
    expect(formatSum(42)).toBe('42');
  });
});
