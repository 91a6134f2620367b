import { z } from 'zod';
import { durationMs, sizeBytes } from '../../core/config/duration.js';

export { durationMs, sizeBytes };

/** A command as an argv list (no shell), or a string run by `sh -c` when shell features are needed. */
export const commandLine = z.union([z.array(z.string()).min(1), z.string().min(1)]);

/** How many targets an action may hit: a count, a percentage, or both (the smaller wins). */
export const blastRadiusSchema = z
  .object({
    count: z.number().int().positive().optional(),
    percent: z.number().gt(0).max(100).optional(),
  })
  .strict()
  .refine((b) => b.count !== undefined || b.percent !== undefined, { message: 'set count or percent' });

export type BlastRadius = z.output<typeof blastRadiusSchema>;

/** How many of `total` targets a blast radius allows (at least one when any target exists). */
export function allowedTargets(total: number, radius: BlastRadius | undefined): number {
  if (total === 0) return 0;
  let n = total;
  if (radius?.count !== undefined) n = Math.min(n, radius.count);
  if (radius?.percent !== undefined) n = Math.min(n, Math.max(1, Math.floor((total * radius.percent) / 100)));
  return n;
}
