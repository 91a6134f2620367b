import type { Classifier } from './logistic.js';
import type { Csr } from './matrix.js';

/**
 * Multinomial naive Bayes with Laplace smoothing over (hashed) feature weights. Sparse class-conditional tables
 * (Map per class) keep memory proportional to the features seen, not to 2^18 × classes.
 */
export function trainNaiveBayes(
  x: Csr,
  labels: Int32Array,
  rows: readonly number[],
  classes: number,
  alpha = 0.1,
): Classifier {
  const counts = Array.from({ length: classes }, () => new Map<number, number>());
  const totals = new Float64Array(classes);
  const docs = new Float64Array(classes);
  const vocab = new Set<number>();
  for (const i of rows) {
    const y = labels[i] ?? 0;
    docs[y] = (docs[y] ?? 0) + 1;
    const table = counts[y] as Map<number, number>;
    for (let k = x.indptr[i] ?? 0; k < (x.indptr[i + 1] ?? 0); k++) {
      const f = x.indices[k] ?? 0;
      const v = x.values[k] ?? 0;
      table.set(f, (table.get(f) ?? 0) + v);
      totals[y] = (totals[y] ?? 0) + v;
      vocab.add(f);
    }
  }
  const v = vocab.size;
  const prior = Array.from(docs, (d) => Math.log((d + 1) / (rows.length + classes)));
  const denom = Array.from(totals, (t) => Math.log(t + alpha * v));
  return {
    predict(xx, i, out) {
      for (let c = 0; c < classes; c++) out[c] = prior[c] ?? 0;
      for (let k = xx.indptr[i] ?? 0; k < (xx.indptr[i + 1] ?? 0); k++) {
        const f = xx.indices[k] ?? 0;
        if (!vocab.has(f)) continue;
        const val = xx.values[k] ?? 0;
        for (let c = 0; c < classes; c++) {
          out[c] =
            (out[c] ?? 0) +
            val * (Math.log(((counts[c] as Map<number, number>).get(f) ?? 0) + alpha) - (denom[c] ?? 0));
        }
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, out[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        out[c] = Math.exp((out[c] ?? 0) - max);
        sum += out[c] ?? 0;
      }
      for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / sum;
    },
  };
}
