import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { FEATURE_VERSION, HASH_BITS, packWeights } from './features.js';

/**
 * The four heads, in the order their weights are interleaved in memory. `prompt_injection` judges text a user
 * typed; `indirect_injection` judges third-party content (documents, tool results), where an instruction addressed
 * to the assistant ("reply in German", "summarise the climate report") is an attack even if harmless in itself.
 */
export const HEADS = ['prompt_injection', 'indirect_injection', 'jailbreak', 'harmful_intent'] as const;
export type HeadId = (typeof HEADS)[number];

const headSchema = z
  .object({
    bias: z.number(),
    /** Weight = int8 × scale. */
    scale: z.number().positive(),
    /** Probability at or above which the head reports a finding (chosen on the dev split). */
    threshold: z.number().min(0).max(1),
    /** One int8 per hash bucket (2^hashBits), base64: with n-gram hashing nearly every bucket is used, so dense is smallest. */
    weights: z.string(),
  })
  .strict();

export const weightsFileSchema = z
  .object({
    format: z.literal('bastion-guards-lr/1'),
    featureVersion: z.string(),
    hashBits: z.number().int(),
    heads: z
      .object({
        prompt_injection: headSchema,
        indirect_injection: headSchema,
        jailbreak: headSchema,
        harmful_intent: headSchema,
      })
      .strict(),
    /** Provenance: data files and split, filled by scripts/train-guards.ts. */
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type WeightsFile = z.infer<typeof weightsFileSchema>;
export type HeadWeights = z.infer<typeof headSchema>;

/** Weights ready for the hot loop: int8 weights of the four heads interleaved (stride 4) per bucket. */
export interface LoadedWeights {
  table: Int8Array;
  /** One int32 per bucket, byte h = head h's weight + 128 (packWeights): one load serves all four heads. */
  packed: Int32Array;
  bias: Float64Array;
  scale: Float64Array;
  threshold: Float64Array;
}

/** Quantises dense float weights to int8 with one scale per head. */
export function encodeHead(dense: Float32Array, bias: number, threshold: number): HeadWeights {
  let max = 0;
  for (const w of dense) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(dense.length);
  for (let i = 0; i < dense.length; i++) q[i] = Math.round(dense[i]! / scale);
  return { bias, scale, threshold, weights: Buffer.from(q.buffer).toString('base64') };
}

/** Validates a parsed weights file and lays it out for inference. Throws BASTION_ERR_GUARDS_MODEL on any mismatch. */
export function loadWeights(json: unknown): LoadedWeights {
  const parsed = weightsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new BastionError(
      'BASTION_ERR_GUARDS_MODEL',
      `detector weights are malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  const file = parsed.data;
  if (file.featureVersion !== FEATURE_VERSION || file.hashBits !== HASH_BITS) {
    throw new BastionError(
      'BASTION_ERR_GUARDS_MODEL',
      `detector weights were trained for features ${file.featureVersion}/${file.hashBits} bits, this build computes ${FEATURE_VERSION}/${HASH_BITS}: run npm run train:guards`,
    );
  }
  const table = new Int8Array(4 << HASH_BITS);
  const bias = new Float64Array(HEADS.length);
  const scale = new Float64Array(HEADS.length);
  const threshold = new Float64Array(HEADS.length);
  HEADS.forEach((head, h) => {
    const w = file.heads[head];
    bias[h] = w.bias;
    scale[h] = w.scale;
    threshold[h] = w.threshold;
    const bytes = Buffer.from(w.weights, 'base64');
    if (bytes.length !== 1 << HASH_BITS) {
      throw new BastionError(
        'BASTION_ERR_GUARDS_MODEL',
        `detector weights for ${head}: ${bytes.length} weights, expected ${1 << HASH_BITS}`,
      );
    }
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let id = 0; id < q.length; id++) table[(id << 2) + h] = q[id]!;
  });
  return { table, packed: packWeights(table), bias, scale, threshold };
}
