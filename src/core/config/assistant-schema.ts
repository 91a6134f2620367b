import { z } from 'zod';

/** What ingestion does with a document chunk in which the guards found personal data or a secret. */
export const INGEST_FINDING_ACTIONS = ['reject', 'redact', 'flag'] as const;

export const assistantSchema = z
  .object({
    /** Folders and files ingested (incrementally: only changed files) when the gateway starts. Relative paths resolve against the config file. */
    ingestOnStart: z.array(z.string()).default([]),
    /** Public model name under which the docs assistant is served. */
    model: z.string().default('bastion-docs'),
    /**
     * SQLite file of the docs index and feedback. Default: the `store` file when it is `sqlite://…`,
     * else `bastion-docs.db` next to the config file (PostgreSQL stores keep the index locally).
     */
    indexPath: z.string().optional(),
    /** Below this share of the question's terms found in the best passage, the answer says it does not know. */
    minConfidence: z.number().min(0).max(1).default(0.5),
    /** Number of passages retrieved per question. */
    topK: z.number().int().min(1).max(20).default(5),
    /**
     * Generative answers: a configured model writes the answer from the retrieved passages, then the grounding
     * check keeps only sentences supported by a cited passage. Absent: extractive answers (no model).
     */
    generative: z
      .object({
        /** A model from `models:` whose data classes include `internal` (documentation is internal data). */
        model: z.string().min(1),
        /** What to do with a sentence no cited passage supports: drop it (default) or keep it marked. */
        onUnsupported: z.enum(['drop', 'flag']).default('drop'),
        maxTokens: z.number().int().positive().default(600),
      })
      .strict()
      .optional(),
    ingest: z
      .object({
        /** Personal data in a chunk: reject the whole file, redact the spans, or index and flag it. */
        pii: z.enum(INGEST_FINDING_ACTIONS).default('redact'),
        /** Secrets in a chunk: reject the whole file (default), redact, or index and flag. */
        secrets: z.enum(INGEST_FINDING_ACTIONS).default('reject'),
        /** Files larger than this are skipped (bytes). */
        maxFileBytes: z.number().int().positive().default(5_000_000),
      })
      .strict()
      .default({ pii: 'redact', secrets: 'reject', maxFileBytes: 5_000_000 }),
  })
  .strict();

export type AssistantConfig = z.infer<typeof assistantSchema>;
export type IngestFindingAction = (typeof INGEST_FINDING_ACTIONS)[number];
