import { z } from 'zod';
import { durationMs } from './duration.js';

export const GUARD_ACTIONS = ['allow', 'flag', 'redact', 'tokenize', 'block', 'reroute'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];

/**
 * One scanner's settings as written in bastion.yaml. Every field is optional and has NO zod default on purpose:
 * a use case's override must change only what it names, and each scanner brings its own defaults
 * (the PII scanner flags, the canary scanner blocks), which the guard engine fills in.
 * Scanner ids and their `options` are checked against the guards registry when the engine is created,
 * so a misspelled id is an error, never a silent pass.
 */
export const scannerSettingsInputSchema = z
  .object({
    enabled: z.boolean().optional(),
    /** Findings scoring below this are ignored by the policy. */
    threshold: z.number().min(0).max(1).optional(),
    /** What the policy does with a finding of this scanner (data-class rules may escalate it). */
    action: z.enum(GUARD_ACTIONS).optional(),
    /** A scanner that throws or overruns its budget blocks unless this is true (an explicit, logged choice). */
    failOpen: z.boolean().optional(),
    /** Overrides `guards.timeBudget` for this scanner. */
    timeBudget: durationMs.optional(),
    /** Scanner-specific options, validated by the scanner's own schema. */
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** One scanner's settings after defaults are applied (what the engine and the policy use). */
export const scannerSettingsSchema = z
  .object({
    enabled: z.boolean().default(true),
    threshold: z.number().min(0).max(1).default(0.5),
    action: z.enum(GUARD_ACTIONS).default('block'),
    failOpen: z.boolean().default(false),
    timeBudget: durationMs.optional(),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const guardsSchema = z
  .object({
    /** Guards are on by default: every built-in scanner runs with its own defaults unless switched off here. */
    enabled: z.boolean().default(true),
    /** Budget per scanner per text; an overrun is a `scanner_failed` finding. */
    timeBudget: durationMs.default(50),
    input: z.record(z.string(), scannerSettingsInputSchema).default({}),
    output: z.record(z.string(), scannerSettingsInputSchema).default({}),
  })
  .strict();

export const guardOverridesSchema = z
  .object({
    enabled: z.boolean().optional(),
    input: z.record(z.string(), scannerSettingsInputSchema).optional(),
    output: z.record(z.string(), scannerSettingsInputSchema).optional(),
  })
  .strict();

export type GuardsConfig = z.infer<typeof guardsSchema>;
export type GuardOverrides = z.infer<typeof guardOverridesSchema>;
export type ScannerSettingsInput = z.infer<typeof scannerSettingsInputSchema>;
export type ScannerSettings = z.infer<typeof scannerSettingsSchema>;
