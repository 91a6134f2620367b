import { z } from 'zod';

export const loggingSchema = z
  .object({
    level: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Log prompt and response text. Off by default: prompts can hold personal data and secrets. */
    logContent: z.boolean().default(false),
  })
  .strict();
