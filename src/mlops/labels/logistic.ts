import { rng, shuffle, type Csr } from './matrix.js';

export interface LogisticOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

export interface Classifier {
  /** Class probabilities for row `i` of `x`, written into `out` (length = classes). */
  predict(x: Csr, i: number, out: Float64Array): void;
}

/**
 * Multinomial logistic regression trained by SGD over sparse rows, with per-feature AdaGrad steps (rare n-grams
 * learn as fast as common ones) and L2 on touched weights. Gives calibrated-enough probabilities for
 * confident learning, which naive Bayes does not (its probabilities crowd at 0 and 1). Two classes use one
 * weight vector (sigmoid), half the work of a two-way softmax.
 */
export function trainLogistic(
  x: Csr,
  labels: Int32Array,
  rows: readonly number[],
  classes: number,
  options: LogisticOptions = {},
): Classifier {
  const epochs = options.epochs ?? 12;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-4;
  const k = classes === 2 ? 1 : classes;
  const w = new Float64Array(x.nCols * k);
  const g2 = new Float64Array(x.nCols * k).fill(1e-8);
  const bias = new Float64Array(k);
  const random = rng(options.seed ?? 1);
  const order = [...rows];
  const p = new Float64Array(classes);
  const { indptr, indices, values } = x;
  const scores = (m: Csr, i: number, out: Float64Array) => {
    const mi = m.indices;
    const mv = m.values;
    const end = m.indptr[i + 1] ?? 0;
    if (k === 1) {
      let z = bias[0] ?? 0;
      for (let j = m.indptr[i] ?? 0; j < end; j++) z += (w[mi[j] ?? 0] ?? 0) * (mv[j] ?? 0);
      const p1 = 1 / (1 + Math.exp(-z));
      out[0] = 1 - p1;
      out[1] = p1;
      return;
    }
    for (let c = 0; c < k; c++) out[c] = bias[c] ?? 0;
    for (let j = m.indptr[i] ?? 0; j < end; j++) {
      const base = (mi[j] ?? 0) * k;
      const v = mv[j] ?? 0;
      for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + (w[base + c] ?? 0) * v;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, out[c] ?? 0);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((out[c] ?? 0) - max);
      out[c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) / sum;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      scores(x, i, p);
      const y = labels[i] ?? 0;
      const start = indptr[i] ?? 0;
      const end = indptr[i + 1] ?? 0;
      for (let c = 0; c < k; c++) {
        // Binary: the one weight vector predicts class 1.
        const err = k === 1 ? (p[1] ?? 0) - (y === 1 ? 1 : 0) : (p[c] ?? 0) - (c === y ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - 0.05 * lr * err;
        for (let j = start; j < end; j++) {
          const idx = (indices[j] ?? 0) * k + c;
          const wi = w[idx] ?? 0;
          const grad = err * (values[j] ?? 0) + l2 * wi;
          const acc = (g2[idx] ?? 0) + grad * grad;
          g2[idx] = acc;
          w[idx] = wi - (lr * grad) / Math.sqrt(acc);
        }
      }
    }
  }
  return { predict: scores };
}
