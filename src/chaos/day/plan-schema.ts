import { z } from 'zod';
import { blackoutSchema } from '../runner/blackout.js';

/** A Chaos Day plan: who does what, in which order, and when the day must not run. */
export const planSchema = z
  .object({
    title: z.string().min(1),
    date: z.string().optional(),
    description: z.string().default(''),
    roles: z
      .array(
        z
          .object({
            name: z.string().min(1),
            role: z.string().min(1),
            /** false for people who observe without fixing: the day measures the system, not heroics. */
            mayFix: z.boolean().default(true),
          })
          .strict(),
      )
      .default([]),
    experiments: z
      .array(
        z
          .object({
            file: z.string().min(1),
            owner: z.string().min(1),
            at: z
              .string()
              .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
              .optional(),
            category: z.string().optional(),
            notes: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    /** Checked before each experiment, in addition to the experiment's own blackouts. */
    blackouts: z.array(blackoutSchema).default([]),
    /** Stop the day after the first aborted experiment (default: carry on, it is one data point). */
    stopOnAbort: z.boolean().default(false),
  })
  .strict();

export type ChaosDayPlan = z.output<typeof planSchema>;
