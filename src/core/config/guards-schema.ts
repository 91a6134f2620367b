import { z } from 'zod';
import { durationMs } from './duration.js';

export const GUARD_ACTIONS = ['allow', 'flag', 'redact', 'tokenize', 'block', 'reroute'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];

/**
 * One scanner's settings. Scanner ids and their `options` are checked against the guards registry
 * when the gateway builds its pipeline, so a misspelled id is an error, never a silent pass.
 */
export const scannerSettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Findings scoring below this are ignored. */
    threshold: z.number().min(0).max(1).default(0.5),
    action: z.enum(GUARD_ACTIONS).default('block'),
    /** A scanner that throws or overruns its budget blocks unless this is true (an explicit, logged choice). */
    failOpen: z.boolean().default(false),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const guardsSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Budget per scanner per text; an overrun is a `scanner_failed` finding. */
    timeBudget: durationMs.default(50),
    input: z.record(z.string(), scannerSettingsSchema.partial()).default({}),
    output: z.record(z.string(), scannerSettingsSchema.partial()).default({}),
  })
  .strict();

export const guardOverridesSchema = z
  .object({
    enabled: z.boolean().optional(),
    input: z.record(z.string(), scannerSettingsSchema.partial()).optional(),
    output: z.record(z.string(), scannerSettingsSchema.partial()).optional(),
  })
  .strict();

export type GuardsConfig = z.infer<typeof guardsSchema>;
export type ScannerSettings = z.infer<typeof scannerSettingsSchema>;
