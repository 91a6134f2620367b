import { z } from 'zod';
import { DATA_CLASSES } from './models-schema.js';
import { guardOverridesSchema } from './guards-schema.js';

export const limitsSchema = z
  .object({
    rpm: z.number().int().positive().optional(),
    tpm: z.number().int().positive().optional(),
    dailyBudgetUsd: z.number().positive().optional(),
    monthlyBudgetUsd: z.number().positive().optional(),
  })
  .strict();

export const useCaseSchema = z
  .object({
    description: z.string().default(''),
    audience: z.enum(['internal', 'external']).default('internal'),
    /** Public model names keys of this use case may call. */
    models: z.array(z.string()).min(1),
    /** Highest data class this use case may send at all; findings above it are handled by `onDisallowedData`. */
    dataClasses: z.array(z.enum(DATA_CLASSES)).optional(),
    /** What happens when findings put a prompt in a class the chosen model may not receive. */
    onDisallowedData: z.enum(['tokenize', 'reroute', 'block']).default('block'),
    /** Tool/function calls: passed through, held for a human's approval, stripped, or refused. */
    tools: z.enum(['allow', 'approve', 'strip', 'deny']).default('deny'),
    /** Default limits for keys of this use case; a key's own limits override them. */
    limits: limitsSchema.default({}),
    /** Per-use-case changes to the global guard settings. */
    guards: guardOverridesSchema.default({}),
  })
  .strict();

export type UseCaseConfig = z.infer<typeof useCaseSchema>;
export type LimitsConfig = z.infer<typeof limitsSchema>;
