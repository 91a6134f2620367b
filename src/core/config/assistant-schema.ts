import { z } from 'zod';

export const assistantSchema = z
  .object({
    /** Folders and files ingested on start when the index is empty. Relative paths resolve against the config file. */
    ingestOnStart: z.array(z.string()).default([]),
    /** Public model name under which the docs assistant is served. */
    model: z.string().default('bastion-docs'),
  })
  .strict();

export type AssistantConfig = z.infer<typeof assistantSchema>;
