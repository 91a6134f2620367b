import { z } from 'zod';

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** A duration as milliseconds, or a string such as `250ms`, `30s`, `5m`; parsed to milliseconds. */
export const durationMs = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d+(\.\d+)?(ms|s|m|h)$/, 'expected a duration such as 500ms, 30s or 5m')
    .transform((value) => {
      const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(value);
      // The regex above guarantees a match; the fallback keeps the type honest.
      if (!match) return 0;
      return Math.round(Number(match[1]) * UNITS[match[2] as keyof typeof UNITS]);
    }),
]);

const SIZE_UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 } as const;

/** A size in bytes, or a string such as `512kb`, `1mb`. */
export const sizeBytes = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)$/i, 'expected a size such as 512kb or 1mb')
    .transform((value) => {
      const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i.exec(value);
      if (!match) return 0;
      const unit = (match[2] ?? 'b').toLowerCase() as keyof typeof SIZE_UNITS;
      return Math.round(Number(match[1]) * SIZE_UNITS[unit]);
    }),
]);
