import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time.js';

describe('isoTime', () => {
  it('writes what Date#toISOString writes, within a second, across seconds and back in time', () => {
    const start = Date.UTC(2026, 10, 26, 23, 59, 58, 990);
    // Every millisecond over midnight and the year's end, then jumps backwards (clock steps, other callers).
    const times: number[] = [];
    for (let t = start; t < start + 2_100; t++) times.push(t);
    for (let t = Date.UTC(2026, 11, 31, 23, 59, 59, 0); t < Date.UTC(2027, 0, 1, 0, 0, 1, 0); t += 7)
      times.push(t);
    times.push(start + 5, 0, 1, 999, 1000, Date.UTC(2024, 1, 29, 12, 0, 0, 1), start + 1_000, start + 1_000);
    for (const t of times) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('drops fractions of a millisecond as Date does', () => {
    for (const t of [1_764_172_800_000.4, 1_764_172_800_999.9, 0.5, 1_764_172_801_000.25])
      expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('leaves times outside four-digit years, and invalid ones, to Date (same string or same RangeError)', () => {
    for (const t of [-1, -62_198_755_200_000, 253_402_300_799_999, 253_402_300_800_000, 8.64e15])
      expect(isoTime(t)).toBe(new Date(t).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(8.64e15 + 1)).toThrow(RangeError);
  });
});
