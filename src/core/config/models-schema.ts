import { z } from 'zod';

/** Data classes, least to most sensitive. A model lists those it may receive. */
export const DATA_CLASSES = ['public', 'internal', 'confidential', 'pii'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export const modelSchema = z
  .object({
    provider: z.string().min(1),
    /** The provider's own model name; defaults to the public name. */
    model: z.string().min(1).optional(),
    kind: z.enum(['chat', 'embeddings']).default('chat'),
    price: z
      .object({
        /** USD per 1,000 input tokens. */
        inputPer1k: z.number().nonnegative().default(0),
        /** USD per 1,000 output tokens. */
        outputPer1k: z.number().nonnegative().default(0),
      })
      .strict()
      .default({ inputPer1k: 0, outputPer1k: 0 }),
    dataClasses: z.array(z.enum(DATA_CLASSES)).min(1).default(['public']),
    /** Public model names tried in order when this one fails (and the policy allows them). */
    fallbacks: z.array(z.string()).default([]),
    maxOutputTokens: z.number().int().positive().optional(),
    contextWindow: z.number().int().positive().optional(),
  })
  .strict();

export type ModelConfig = z.infer<typeof modelSchema>;
