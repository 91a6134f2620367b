import { BastionError } from '../../core/errors/index.js';
import { columnIndex, loadTable, type HeaderMode, type Table } from '../io/table.js';

/**
 * Population stability index between two versions of a dataset. A poisoned update pulled from an online source
 * usually shifts the label balance or some feature's distribution; PSI is the cheap alarm banks use for this.
 * Conventional reading: < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.
 */
export interface DriftColumn {
  column: string;
  kind: 'numeric' | 'categorical' | 'text-length';
  psi: number;
  level: 'stable' | 'moderate' | 'major';
}

export interface DriftReport {
  old: { file: string; rows: number };
  new: { file: string; rows: number };
  label?: DriftColumn & { oldShare: Record<string, number>; newShare: Record<string, number> };
  columns: DriftColumn[];
  /** Columns of the old version missing from the new one, and columns only the new one has (a schema change). */
  droppedColumns: string[];
  addedColumns: string[];
  maxPsi: number;
}

const EPS = 1e-4;
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export function psi(expected: readonly number[], actual: readonly number[]): number {
  const e = expected.reduce((a, b) => a + b, 0) || 1;
  const a = actual.reduce((x, y) => x + y, 0) || 1;
  let total = 0;
  expected.forEach((count, i) => {
    const pe = Math.max(count / e, EPS);
    const pa = Math.max((actual[i] ?? 0) / a, EPS);
    total += (pa - pe) * Math.log(pa / pe);
  });
  return total;
}

function level(value: number): DriftColumn['level'] {
  return value < 0.1 ? 'stable' : value < 0.25 ? 'moderate' : 'major';
}

function categoricalCounts(values: readonly string[], categories: readonly string[]): number[] {
  const index = new Map(categories.map((c, i) => [c, i]));
  const counts = new Array<number>(categories.length + 1).fill(0);
  for (const v of values) {
    const i = index.get(v) ?? categories.length; // unseen categories share one "other" bucket
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function binnedCounts(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    let b = 0;
    while (b < edges.length && v > (edges[b] ?? 0)) b++;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  return counts;
}

/** Decile edges of the OLD data: PSI compares the new data against the old data's own quantiles. */
function quantileEdges(values: readonly number[], bins = 10): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges: number[] = [];
  for (let q = 1; q < bins; q++) {
    const v = sorted[Math.floor((q / bins) * (sorted.length - 1))];
    if (v !== undefined && edges[edges.length - 1] !== v) edges.push(v);
  }
  return edges;
}

export function columnDrift(
  name: string,
  oldValues: readonly string[],
  newValues: readonly string[],
): DriftColumn {
  const isNumeric = (vs: readonly string[]) =>
    vs.filter((v) => v.trim() !== '').every((v) => NUMERIC.test(v));
  const distinct = new Set(oldValues);
  if (isNumeric(oldValues) && isNumeric(newValues) && distinct.size > 10) {
    const o = oldValues.filter((v) => v.trim() !== '').map(Number);
    const n = newValues.filter((v) => v.trim() !== '').map(Number);
    const edges = quantileEdges(o);
    const value = psi(binnedCounts(o, edges), binnedCounts(n, edges));
    return { column: name, kind: 'numeric', psi: value, level: level(value) };
  }
  if (distinct.size <= 50) {
    const cats = [...distinct].sort();
    const value = psi(categoricalCounts(oldValues, cats), categoricalCounts(newValues, cats));
    return { column: name, kind: 'categorical', psi: value, level: level(value) };
  }
  // Free text: compare length distributions (cheap, and a template-injection campaign shifts it).
  const ol = oldValues.map((v) => v.length);
  const edges = quantileEdges(ol);
  const value = psi(
    binnedCounts(ol, edges),
    binnedCounts(
      newValues.map((v) => v.length),
      edges,
    ),
  );
  return { column: name, kind: 'text-length', psi: value, level: level(value) };
}

export async function runDrift(
  oldFile: string,
  newFile: string,
  options: { labelColumn?: string; header?: HeaderMode } = {},
): Promise<DriftReport> {
  const wanted = options.labelColumn ? [options.labelColumn] : [];
  const before: Table = await loadTable(oldFile, options.header ?? 'auto', wanted);
  const after: Table = await loadTable(newFile, options.header ?? 'auto', wanted);
  const columns: DriftColumn[] = [];
  let label: DriftReport['label'];
  const labelIdx = options.labelColumn ? columnIndex(before, options.labelColumn) : -1;
  const labelName = before.columns[labelIdx];
  // Without this the label's drift was silently left out when the new version renamed or lost the column.
  if (labelName !== undefined && !after.columns.includes(labelName)) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_COLUMN_MISSING',
      `${newFile}: no label column "${labelName}" (columns: ${after.columns.slice(0, 20).join(', ')})`,
    );
  }
  before.columns.forEach((name, i) => {
    const j = after.columns.indexOf(name);
    if (j < 0) return;
    const o = before.rows.map((r) => r[i] ?? '');
    const n = after.rows.map((r) => r[j] ?? '');
    if (i === labelIdx) {
      const cats = [...new Set([...o, ...n])].sort();
      const share = (vs: string[]) =>
        Object.fromEntries(
          cats.map((c) => [
            c,
            Number((vs.filter((v) => v === c).length / Math.max(vs.length, 1)).toFixed(4)),
          ]),
        );
      const value = psi(categoricalCounts(o, cats), categoricalCounts(n, cats));
      label = {
        column: name,
        kind: 'categorical',
        psi: value,
        level: level(value),
        oldShare: share(o),
        newShare: share(n),
      };
    } else columns.push(columnDrift(name, o, n));
  });
  const maxPsi = Math.max(label?.psi ?? 0, ...columns.map((c) => c.psi));
  return {
    old: { file: oldFile, rows: before.rows.length },
    new: { file: newFile, rows: after.rows.length },
    ...(label ? { label } : {}),
    columns,
    droppedColumns: before.columns.filter((c) => !after.columns.includes(c)),
    addedColumns: after.columns.filter((c) => !before.columns.includes(c)),
    maxPsi,
  };
}
