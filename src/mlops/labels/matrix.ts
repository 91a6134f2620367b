import { mulberry32 } from '../../core/random.js';
/** Compressed sparse rows: text features are ~100 non-zeros out of 2^18 columns per row. */
export interface Csr {
  nRows: number;
  nCols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function csrFromRows(rows: readonly Map<number, number>[], nCols: number): Csr {
  const nnz = rows.reduce((s, r) => s + r.size, 0);
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  rows.forEach((row, i) => {
    const keys = [...row.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      indices[k] = key;
      values[k] = row.get(key) ?? 0;
      k++;
    }
    indptr[i + 1] = k;
  });
  return { nRows: rows.length, nCols, indptr, indices, values };
}

/** Dense rows (tabular data) as CSR, so one classifier implementation serves both. */
export function csrFromDense(rows: readonly Float64Array[], nCols: number): Csr {
  const indptr = new Int32Array(rows.length + 1);
  const indices = new Int32Array(rows.length * nCols);
  const values = new Float64Array(rows.length * nCols);
  rows.forEach((row, i) => {
    for (let j = 0; j < nCols; j++) {
      indices[i * nCols + j] = j;
      values[i * nCols + j] = row[j] ?? 0;
    }
    indptr[i + 1] = (i + 1) * nCols;
  });
  return { nRows: rows.length, nCols, indptr, indices, values };
}

/** A seeded PRNG (mulberry32): flips, folds and SGD order must be reproducible from `--seed`. */
export function rng(seed: number): () => number {
  return mulberry32(seed >>> 0 || 0x9e3779b9);
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
