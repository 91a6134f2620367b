import { BastionError } from '../../core/errors/index.js';
import { columnIndex, loadTable, type HeaderMode, type Table } from '../io/table.js';
import { findLabelIssues, type LabelFilter, type LabelModel } from './find-label-issues.js';
import type { Csr } from './matrix.js';
import { detectionMetrics, simulateFlips, type DetectionMetrics } from './metrics.js';
import { tabularFeatures } from './tabular-features.js';
import { hashTextFeatures } from './text-features.js';

export interface LabelIssuesRequest {
  file: string;
  labelColumn: string;
  textColumn?: string;
  featureColumns?: string[];
  header?: HeaderMode;
  model?: LabelModel;
  filter?: LabelFilter;
  folds?: number;
  seed?: number;
  simulateFlips?: number;
}

export interface LabelIssueRow {
  index: number;
  score: number;
  given: string;
  suggested: string;
  /** The first characters of the text column, or the feature values, for a human to check. */
  preview: string;
}

export interface LabelIssuesReport {
  file: string;
  rows: number;
  classes: string[];
  classCounts: number[];
  model: LabelModel;
  estimatedIssues: number;
  suspects: LabelIssueRow[];
  thresholds: Record<string, number>;
  simulation?: DetectionMetrics & { rate: number; seed: number };
  elapsedMs: number;
}

function features(
  table: Table,
  request: LabelIssuesRequest,
  label: number,
): { x: Csr; kind: 'text' | 'tabular'; preview: (i: number) => string } {
  if (request.textColumn && request.featureColumns?.length) {
    throw new BastionError('BASTION_ERR_INPUT_INVALID', 'give --text-column or --feature-columns, not both');
  }
  if (request.textColumn) {
    const col = columnIndex(table, request.textColumn);
    return {
      x: hashTextFeatures(table.rows.map((r) => r[col] ?? '')),
      kind: 'text',
      preview: (i) => (table.rows[i]?.[col] ?? '').slice(0, 80),
    };
  }
  const cols = request.featureColumns?.length
    ? request.featureColumns.map((c) => columnIndex(table, c))
    : table.columns.map((_, i) => i).filter((i) => i !== label);
  if (cols.includes(label))
    throw new BastionError('BASTION_ERR_INPUT_INVALID', 'the label column cannot be a feature');
  const { x, invalid } = tabularFeatures(
    table.rows,
    cols,
    cols.map((c) => table.columns[c] ?? String(c)),
  );
  if (invalid.length > 0) {
    const first = invalid[0];
    throw new BastionError(
      'BASTION_ERR_MLOPS_DATA_INVALID',
      `${table.source}: ${invalid.length} non-numeric feature cell(s), first in column "${first?.column}" data row ${first?.row}: "${first?.value}"`,
    );
  }
  return {
    x,
    kind: 'tabular',
    preview: (i) =>
      cols
        .map((c) => table.rows[i]?.[c] ?? '')
        .join(', ')
        .slice(0, 80),
  };
}

/**
 * Loads a labelled table and runs confident learning. With `simulateFlips`, first flips that share of labels
 * (seeded) and scores the detector against the known flips: the honest way to show it works on YOUR data.
 */
export async function runLabelIssues(request: LabelIssuesRequest): Promise<LabelIssuesReport> {
  const started = performance.now();
  const wanted = [request.labelColumn, request.textColumn ?? '', ...(request.featureColumns ?? [])].filter(
    Boolean,
  );
  const table = await loadTable(request.file, request.header ?? 'auto', wanted);
  const label = columnIndex(table, request.labelColumn);
  const classes = [...new Set(table.rows.map((r) => (r[label] ?? '').trim()))].sort();
  if (classes.length < 2) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_DATA_INVALID',
      `${request.file}: label column has fewer than 2 classes`,
    );
  }
  // A numeric feature picked as the label by mistake (`--label-column 0` on a file whose class is last) has about
  // as many "classes" as rows; cross-validation then has nothing to learn from and ranks noise, silently.
  if (classes.length > table.rows.length / 2) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_DATA_INVALID',
      `${request.file}: label column "${request.labelColumn}" has ${classes.length} distinct values in ${table.rows.length} rows — is it the label? Confident learning needs several rows per class (-1 names the last column)`,
    );
  }
  if (table.rows.length < 10) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_DATA_INVALID',
      `${request.file}: need at least 10 rows for cross-validation`,
    );
  }
  const given = Int32Array.from(table.rows.map((r) => classes.indexOf((r[label] ?? '').trim())));
  const { x, kind, preview } = features(table, request, label);
  const seed = request.seed ?? 1;
  let labels: Int32Array = given;
  let flipped: Set<number> | undefined;
  if (request.simulateFlips !== undefined) {
    if (!(request.simulateFlips > 0 && request.simulateFlips < 1)) {
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        '--simulate-flips must be a rate between 0 and 1, e.g. 0.1',
      );
    }
    ({ noisy: labels, flipped } = simulateFlips(given, classes.length, request.simulateFlips, seed));
  }
  const result = findLabelIssues(x, labels, classes.length, {
    kind,
    model: request.model ?? 'auto',
    seed,
    ...(request.folds ? { folds: request.folds } : {}),
    ...(request.filter ? { filter: request.filter } : {}),
  });
  const report: LabelIssuesReport = {
    file: request.file,
    rows: table.rows.length,
    classes,
    classCounts: classes.map((_, c) => labels.filter((y) => y === c).length),
    model: request.model ?? 'auto',
    estimatedIssues: result.suspects.length,
    suspects: result.suspects.map((s) => ({
      index: s.index,
      score: Number(s.score.toFixed(6)),
      given: classes[s.given] ?? '',
      suggested: classes[s.suggested] ?? '',
      preview: preview(s.index),
    })),
    thresholds: Object.fromEntries(
      classes.map((c, i) => [c, Number((result.thresholds[i] ?? 0).toFixed(4))]),
    ),
    elapsedMs: 0,
  };
  if (flipped) {
    const m = detectionMetrics(new Set(result.suspects.map((s) => s.index)), flipped, result.scores);
    report.simulation = { ...m, rate: request.simulateFlips ?? 0, seed };
  }
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}
