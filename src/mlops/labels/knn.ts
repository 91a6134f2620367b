import type { Classifier } from './logistic.js';
import type { Csr } from './matrix.js';

/**
 * Distance-weighted k-nearest neighbours over dense (standardised) rows. With noisy labels, the vote of the
 * neighbourhood is a second opinion that does not share logistic regression's linear bias.
 */
export function trainKnn(
  x: Csr,
  labels: Int32Array,
  rows: readonly number[],
  classes: number,
  k = 10,
): Classifier {
  const d = x.nCols;
  const train = [...rows];
  return {
    predict(xx, i, out) {
      const base = xx.indptr[i] ?? 0;
      const best: { dist: number; y: number }[] = [];
      for (const j of train) {
        const jb = x.indptr[j] ?? 0;
        let dist = 0;
        for (let f = 0; f < d; f++) {
          const diff = (xx.values[base + f] ?? 0) - (x.values[jb + f] ?? 0);
          dist += diff * diff;
        }
        if (best.length < k || dist < (best[best.length - 1]?.dist ?? Infinity)) {
          best.push({ dist, y: labels[j] ?? 0 });
          best.sort((a, b) => a.dist - b.dist);
          if (best.length > k) best.pop();
        }
      }
      for (let c = 0; c < classes; c++) out[c] = 0.5 / classes; // smoothing: never exactly 0 or 1
      for (const b of best) out[b.y] = (out[b.y] ?? 0) + 1 / (1 + Math.sqrt(b.dist));
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += out[c] ?? 0;
      for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) / sum;
    },
  };
}
