import { z } from 'zod';
import { durationMs } from './duration.js';

export const PROVIDER_TYPES = ['openai-compatible', 'anthropic', 'local'] as const;
export const HOSTING = ['saas', 'self-hosted', 'local'] as const;

export const providerSchema = z
  .object({
    type: z.enum(PROVIDER_TYPES),
    hosting: z.enum(HOSTING),
    /** Base URL including the version prefix, e.g. https://api.openai.com/v1. Not used by `local`. */
    baseUrl: z
      .string()
      .url()
      .regex(/^https?:\/\//i, 'expected an http:// or https:// URL')
      .optional(),
    /**
     * Only ever from the environment: `${OPENAI_API_KEY}` (unset → the provider's models are unavailable) or
     * `${VAR:-}` (unset → no key). A key written in the file is refused by the loader (literal-secrets.ts); the
     * pattern below is for editors only, as zod sees the value after interpolation.
     */
    apiKey: z.string().min(1).optional().meta({
      description: 'Only from the environment: ${VAR} or ${VAR:-}; a key written here is refused',
      pattern: '^\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-)?\\}$',
    }),
    /** Extra headers, e.g. Azure's api-key or an OpenAI-Organization. */
    headers: z.record(z.string(), z.string()).default({}),
    /** Azure OpenAI wants ?api-version=…; added to every upstream URL when set. */
    apiVersion: z.string().optional(),
    timeouts: z
      .object({
        connect: durationMs.default(5_000),
        /** Until the first byte of the upstream answer. */
        firstByte: durationMs.default(60_000),
        /** Whole request, streams included. */
        total: durationMs.default(300_000),
      })
      .strict()
      .default({ connect: 5_000, firstByte: 60_000, total: 300_000 }),
    retries: z
      .object({
        max: z.number().int().min(0).max(10).default(2),
        baseDelay: durationMs.default(200),
        maxDelay: durationMs.default(10_000),
      })
      .strict()
      .default({ max: 2, baseDelay: 200, maxDelay: 10_000 }),
    breaker: z
      .object({
        /** Consecutive failures that open the circuit. */
        failureThreshold: z.number().int().min(1).default(5),
        /** How long it stays open before one half-open probe. */
        cooldown: durationMs.default(30_000),
      })
      .strict()
      .default({ failureThreshold: 5, cooldown: 30_000 }),
    maxConnections: z.number().int().min(1).default(128),
  })
  .strict()
  .superRefine((provider, ctx) => {
    if (provider.type !== 'local' && !provider.baseUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseUrl'],
        message: `a ${provider.type} provider needs baseUrl`,
      });
    }
  });

export type ProviderConfig = z.infer<typeof providerSchema>;
