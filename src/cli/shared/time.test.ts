import { describe, expect, it } from 'vitest';
import { parseDurationMs, parseTimeFlag } from './time.js';

describe('time flags', () => {
  const now = Date.UTC(2026, 5, 15, 12);

  it('reads durations as "that long ago"', () => {
    expect(parseDurationMs('24h')).toBe(86_400_000);
    expect(parseTimeFlag('--since', '24h', now).toISOString()).toBe('2026-06-14T12:00:00.000Z');
    expect(parseTimeFlag('--since', '30m', now).toISOString()).toBe('2026-06-15T11:30:00.000Z');
    expect(parseTimeFlag('--since', '2w', now).toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });

  it('reads ISO dates and times', () => {
    expect(parseTimeFlag('--until', '2026-01-31', now).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(parseTimeFlag('--until', '2026-01-31T10:00:00+02:00', now).toISOString()).toBe(
      '2026-01-31T08:00:00.000Z',
    );
  });

  it('refuses anything else with the flag name', () => {
    for (const bad of ['yesterday', '1', '24 hours', '2026-13-45', '-1h', '']) {
      expect(() => parseTimeFlag('--since', bad, now)).toThrow(/--since: expected an ISO-8601 time/);
    }
  });
});
