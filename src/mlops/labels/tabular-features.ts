import { csrFromDense, type Csr } from './matrix.js';

export interface TabularColumnsProblem {
  column: string;
  row: number;
  value: string;
}

/**
 * Parses numeric feature columns, imputes missing cells (`''`, `?`, `NA`, `NaN`) with the column median, and
 * standardises to zero mean / unit variance so that logistic regression's L2 and k-NN's distance treat features
 * alike (Wine's proline is ~1000× its hue).
 */
export function tabularFeatures(
  rows: readonly string[][],
  columnIndices: readonly number[],
  columnNames: readonly string[],
): { x: Csr; invalid: TabularColumnsProblem[] } {
  const invalid: TabularColumnsProblem[] = [];
  const d = columnIndices.length;
  const dense = rows.map(() => new Float64Array(d));
  columnIndices.forEach((col, j) => {
    const present: number[] = [];
    const missing: number[] = [];
    rows.forEach((row, i) => {
      const cell = (row[col] ?? '').trim();
      if (cell === '' || cell === '?' || /^(na|nan|null)$/i.test(cell)) {
        missing.push(i);
        return;
      }
      const v = Number(cell);
      if (!Number.isFinite(v)) {
        invalid.push({ column: columnNames[j] ?? String(col), row: i, value: cell.slice(0, 40) });
        missing.push(i);
        return;
      }
      (dense[i] as Float64Array)[j] = v;
      present.push(v);
    });
    const sorted = [...present].sort((a, b) => a - b);
    const median = sorted.length ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : 0;
    for (const i of missing) (dense[i] as Float64Array)[j] = median;
    let mean = 0;
    for (const r of dense) mean += r[j] ?? 0;
    mean /= Math.max(rows.length, 1);
    let variance = 0;
    for (const r of dense) variance += ((r[j] ?? 0) - mean) ** 2;
    const sd = Math.sqrt(variance / Math.max(rows.length, 1)) || 1;
    for (const r of dense) r[j] = ((r[j] ?? 0) - mean) / sd;
  });
  return { x: csrFromDense(dense, d), invalid };
}
