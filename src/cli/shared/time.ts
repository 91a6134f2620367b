import { BastionError } from '../../core/errors/index.js';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/** Parses a duration such as `90s`, `30m`, `24h`, `7d`, `2w` to milliseconds; null when it is not one. */
export function parseDurationMs(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/**
 * A point in time from a flag: an ISO-8601 date/time, or a duration meaning "that long before now".
 *
 * @example
 * parseTimeFlag('--since', '24h', Date.now()); // yesterday, same time
 */
export function parseTimeFlag(flag: string, value: string, now: number): Date {
  const duration = parseDurationMs(value);
  if (duration !== null) return new Date(now - duration);
  // Only ISO-like input: Date.parse accepts odd strings ("1", "March") that would silently mean something else.
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const date = new Date(value.trim());
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new BastionError(
    'BASTION_ERR_INPUT_INVALID',
    `${flag}: expected an ISO-8601 time (2026-01-31 or 2026-01-31T12:00:00Z) or a duration such as 30m, 24h, 7d; got "${value}"`,
  );
}
