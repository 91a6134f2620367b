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
 * confident learning, which naive Bayes does not (its probabilities crowd at 0 and 1).
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
  const w = new Float64Array(x.nCols * classes);
  const g2 = new Float64Array(x.nCols * classes).fill(1e-8);
  const bias = new Float64Array(classes);
  const random = rng(options.seed ?? 1);
  const order = [...rows];
  const p = new Float64Array(classes);
  const scores = (m: Csr, i: number, out: Float64Array) => {
    for (let c = 0; c < classes; c++) out[c] = bias[c] ?? 0;
    for (let k = m.indptr[i] ?? 0; k < (m.indptr[i + 1] ?? 0); k++) {
      const base = (m.indices[k] ?? 0) * classes;
      const v = m.values[k] ?? 0;
      for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) + (w[base + c] ?? 0) * v;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, out[c] ?? 0);
    let sum = 0;
    for (let c = 0; c < classes; c++) {
      const e = Math.exp((out[c] ?? 0) - max);
      out[c] = e;
      sum += e;
    }
    for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / sum;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      scores(x, i, p);
      const y = labels[i] ?? 0;
      for (let c = 0; c < classes; c++) {
        const err = (p[c] ?? 0) - (c === y ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - 0.05 * lr * err;
        for (let k = x.indptr[i] ?? 0; k < (x.indptr[i + 1] ?? 0); k++) {
          const idx = (x.indices[k] ?? 0) * classes + c;
          const grad = err * (x.values[k] ?? 0) + l2 * (w[idx] ?? 0);
          g2[idx] = (g2[idx] ?? 0) + grad * grad;
          w[idx] = (w[idx] ?? 0) - (lr * grad) / Math.sqrt(g2[idx] ?? 1);
        }
      }
    }
  }
  return { predict: scores };
}
