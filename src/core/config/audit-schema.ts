import { z } from 'zod';

export const auditSchema = z
  .object({
    /** What is kept of prompts and responses: SHA-256 hashes only, guard-redacted text, or full text. */
    content: z.enum(['hashes', 'redacted', 'full']).default('hashes'),
    retentionDays: z.number().int().positive().default(90),
    /** When the audit store cannot write, requests fail with 503 unless this is explicitly true. */
    failOpen: z.boolean().default(false),
  })
  .strict();

export type AuditConfig = z.infer<typeof auditSchema>;
