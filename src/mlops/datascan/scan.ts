import { stat } from 'node:fs/promises';
import { walkFiles } from '../provenance/walk.js';
import { redactedSample, type TextDetector } from '../detect/types.js';
import { formatOf, readCells, type ReadProblem } from './readers.js';

export interface FieldTypeCount {
  field: string;
  kind: 'pii' | 'secret';
  type: string;
  count: number;
  /** Rows (1-based) of the first occurrences, for follow-up. */
  rows: number[];
  /** Text around the first occurrences with every detection replaced by [TYPE]. */
  samples: string[];
}

export interface DataFileReport {
  file: string;
  format: string;
  rows: number;
  cells: number;
  bytes: number;
  findings: FieldTypeCount[];
  problems: ReadProblem[];
  error?: string;
}

export interface DataScanReport {
  files: DataFileReport[];
  totals: Record<string, number>;
  elapsedMs: number;
}

const MAX_SAMPLES = 3;
const MAX_PROBLEMS = 20;
const DATA_EXT = /\.(csv|tsv|tab|jsonl|ndjson|json|parquet|pq|txt|text|md|log)$/i;

/** Scans one dataset file, streamed: counts per (field, type) and keeps a few redacted samples. */
export async function scanDataFile(
  path: string,
  detector: TextDetector,
  display = path,
): Promise<DataFileReport> {
  const report: DataFileReport = {
    file: display,
    format: formatOf(path),
    rows: 0,
    cells: 0,
    bytes: 0,
    findings: [],
    problems: [],
  };
  const byKey = new Map<string, FieldTypeCount>();
  let problemCount = 0;
  try {
    report.bytes = (await stat(path)).size;
    for await (const cell of readCells(path, (p) => {
      problemCount++;
      if (report.problems.length < MAX_PROBLEMS) report.problems.push(p);
    })) {
      report.cells++;
      if (cell.row > report.rows) report.rows = cell.row;
      if (cell.value.length < 5) continue;
      const detections = detector.detect(cell.value);
      for (const d of detections) {
        const key = `${cell.field}\u0000${d.type}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { field: cell.field, kind: d.kind, type: d.type, count: 0, rows: [], samples: [] };
          byKey.set(key, entry);
        }
        entry.count++;
        if (entry.samples.length < MAX_SAMPLES && !entry.rows.includes(cell.row)) {
          entry.rows.push(cell.row);
          entry.samples.push(redactedSample(cell.value, detections));
        }
      }
    }
  } catch (error) {
    report.error = (error as Error).message;
  }
  if (problemCount > report.problems.length) {
    report.problems.push({ row: 0, message: `… and ${problemCount - report.problems.length} more problems` });
  }
  report.findings = [...byKey.values()].sort((a, b) => b.count - a.count);
  return report;
}

/** A file, or every dataset-looking file under a folder; unreadable files are reported and the scan goes on. */
export interface DataScanProgress {
  onStart?: (totalBytes: number) => void;
  onFile?: (path: string) => void;
  onBytes?: (n: number) => void;
}

export async function scanDataPath(
  target: string,
  detector: TextDetector,
  progress: DataScanProgress = {},
): Promise<DataScanReport> {
  const started = performance.now();
  const info = await stat(target);
  const files: DataFileReport[] = [];
  if (info.isDirectory()) {
    const walked = await walkFiles(target);
    for (const p of walked.problems)
      files.push({
        file: p.path,
        format: 'skipped',
        rows: 0,
        cells: 0,
        bytes: 0,
        findings: [],
        problems: [],
        error: p.reason,
      });
    const data = walked.files.filter((f) => DATA_EXT.test(f.path));
    progress.onStart?.(data.reduce((sum, f) => sum + f.size, 0));
    for (const f of data) {
      progress.onFile?.(f.path);
      files.push(await scanDataFile(f.absolute, detector, f.path));
      progress.onBytes?.(f.size);
    }
  } else {
    progress.onStart?.(info.size);
    files.push(await scanDataFile(target, detector));
    progress.onBytes?.(info.size);
  }
  const totals: Record<string, number> = {};
  for (const f of files) for (const x of f.findings) totals[x.type] = (totals[x.type] ?? 0) + x.count;
  return { files, totals, elapsedMs: Math.round(performance.now() - started) };
}

/**
 * Policy: `forbid` lists kinds (`secret`, `pii`) or types (`CREDIT_CARD`, `aws-access-key-id`). Returns the
 * findings it forbids; the CLI exits non-zero when there is any (or when a file could not be read).
 */
export function forbidden(
  report: DataScanReport,
  forbid: readonly string[],
): { file: string; finding: FieldTypeCount }[] {
  const set = new Set(forbid.map((f) => f.trim()).filter(Boolean));
  const out: { file: string; finding: FieldTypeCount }[] = [];
  for (const f of report.files)
    for (const x of f.findings)
      if (set.has(x.kind) || set.has(x.type) || set.has('any')) out.push({ file: f.file, finding: x });
  return out;
}
