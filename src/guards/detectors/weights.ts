import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { FEATURE_VERSION, HASH_BITS } from './features.js';

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
    /** Bucket ids of non-zero weights, ascending, as base64 of unsigned LEB128 deltas. */
    ids: z.string(),
    /** One int8 per id, base64. */
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
  bias: Float64Array;
  scale: Float64Array;
  threshold: Float64Array;
}

function encodeVarints(values: readonly number[]): Buffer {
  const bytes: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  return Buffer.from(bytes);
}

function decodeVarints(buf: Buffer): number[] {
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  for (const b of buf) {
    v |= (b & 0x7f) << shift;
    if (b & 0x80) shift += 7;
    else {
      out.push(v >>> 0);
      v = 0;
      shift = 0;
    }
  }
  return out;
}

/** Quantises dense float weights to int8 and keeps only the buckets whose int8 weight is not zero. */
export function encodeHead(dense: Float32Array, bias: number, threshold: number): HeadWeights {
  let max = 0;
  for (const w of dense) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const ids: number[] = [];
  const q: number[] = [];
  let prev = 0;
  for (let i = 0; i < dense.length; i++) {
    const v = Math.round(dense[i]! / scale);
    if (v === 0) continue;
    ids.push(i - prev);
    prev = i;
    q.push(v);
  }
  return {
    bias,
    scale,
    threshold,
    ids: encodeVarints(ids).toString('base64'),
    weights: Buffer.from(Int8Array.from(q).buffer).toString('base64'),
  };
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
    const deltas = decodeVarints(Buffer.from(w.ids, 'base64'));
    const q = new Int8Array(Buffer.from(w.weights, 'base64'));
    if (deltas.length !== q.length) {
      throw new BastionError(
        'BASTION_ERR_GUARDS_MODEL',
        `detector weights for ${head}: ${deltas.length} ids but ${q.length} weights`,
      );
    }
    let id = 0;
    for (let k = 0; k < deltas.length; k++) {
      id += deltas[k]!;
      if (id > (1 << HASH_BITS) - 1)
        throw new BastionError(
          'BASTION_ERR_GUARDS_MODEL',
          `detector weights for ${head}: bucket ${id} out of range`,
        );
      table[(id << 2) + h] = q[k]!;
    }
  });
  return { table, bias, scale, threshold };
}
