import { HASH_BITS } from './features.js';
import { mulberry32 } from '../../core/random.js';

/**
 * Sparse logistic regression trained with AdaGrad SGD, deterministic for a given seed and example order.
 * Examples are windows (see features.ts): hashed feature ids, all with value 1/sqrt(n).
 * Used by scripts/train-guards.ts; pure, no I/O.
 */
export interface ExampleSet {
  ids: Int32Array;
  /** Example k uses ids[offsets[k] .. offsets[k+1]). */
  offsets: Int32Array;
  count: number;
  /** labels[k * heads + h]: 1 positive, 0 negative, -1 not used for head h. */
  labels: Int8Array;
  heads: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Extra weight on negatives (after class balancing): > 1 buys a lower false-positive rate. */
  negativeWeight: number;
  seed: number;
}

export interface TrainedHead {
  weights: Float32Array;
  bias: number;
}

export function trainHead(set: ExampleSet, head: number, opts: TrainOptions): TrainedHead {
  const size = 1 << HASH_BITS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size);
  let bias = 0;
  let biasG2 = 0;
  const chosen: number[] = [];
  let pos = 0;
  for (let k = 0; k < set.count; k++) {
    const y = set.labels[k * set.heads + head]!;
    if (y < 0) continue;
    chosen.push(k);
    if (y === 1) pos++;
  }
  const neg = chosen.length - pos;
  if (pos === 0 || neg === 0)
    throw new Error(`head ${head}: needs positive and negative examples (${pos}/${neg})`);
  // Class-balanced weights with mean 1, then the negative boost.
  const wPos = chosen.length / (2 * pos);
  const wNeg = (chosen.length / (2 * neg)) * opts.negativeWeight;
  const rand = mulberry32(opts.seed + head * 7919);
  const order = Int32Array.from(chosen);
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const lr = opts.learningRate / Math.sqrt(1 + epoch);
    for (const k of order) {
      const from = set.offsets[k]!;
      const to = set.offsets[k + 1]!;
      const n = to - from;
      const inv = 1 / Math.sqrt(n > 0 ? n : 1);
      let z = bias;
      for (let f = from; f < to; f++) z += w[set.ids[f]!]! * inv;
      const y = set.labels[k * set.heads + head]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 1 ? wPos : wNeg);
      if (Math.abs(g) < 1e-6) continue;
      for (let f = from; f < to; f++) {
        const id = set.ids[f]!;
        const grad = g * inv + opts.l2 * w[id]!;
        g2[id] = g2[id]! + grad * grad;
        w[id] = w[id]! - (lr * grad) / Math.sqrt(g2[id]! + eps);
      }
      biasG2 += g * g;
      bias -= (lr * g) / Math.sqrt(biasG2 + eps);
    }
  }
  return { weights: w, bias };
}
