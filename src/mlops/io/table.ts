import { readFile } from 'node:fs/promises';
import { BastionError } from '../../core/errors/index.js';
import { describeBadUtf8, locateBadUtf8 } from '../../core/utf8.js';
import { csvOptionsFor, parseCsv } from './csv.js';

/** A table held in memory: label-issue detection needs every row at once for cross-validation. */
export interface Table {
  columns: string[];
  rows: string[][];
  /** Whether the file's first line was a header (data-row indices start after it). */
  hasHeader: boolean;
  source: string;
}

export type HeaderMode = 'auto' | 'yes' | 'no';

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * Loads CSV/TSV (or JSONL: one object per line) into a table. Header detection in `auto` mode: a first row
 * naming a requested column is a header; otherwise a first row with a non-numeric cell above a numeric one is.
 */
export async function loadTable(
  path: string,
  header: HeaderMode = 'auto',
  wanted: readonly string[] = [],
): Promise<Table> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // Lenient decoding turned a Latin-1 "café" label into "caf\uFFFD", a class of its own, without a word.
  const bad = locateBadUtf8(bytes);
  if (bad)
    throw new BastionError('BASTION_ERR_MLOPS_DATA_INVALID', `${path}:${bad.line}: ${describeBadUtf8(bad)}`);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', bom);
  if (/\.jsonl?$/i.test(path)) return jsonlTable(path, text);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  let records;
  try {
    records = parseCsv(text, csvOptionsFor(path, firstLine));
  } catch (error) {
    throw new BastionError('BASTION_ERR_MLOPS_DATA_INVALID', `${path}: ${(error as Error).message}`);
  }
  const rows = records.map((r) => r.fields).filter((f) => !(f.length === 1 && f[0] === ''));
  if (rows.length === 0) throw new BastionError('BASTION_ERR_MLOPS_DATA_INVALID', `${path}: no rows`);
  const first = rows[0] as string[];
  let hasHeader = header === 'yes';
  if (header === 'auto') {
    const second = rows[1];
    hasHeader =
      // Numeric specs are indices, not names: a data row holding "1" must not make the first row a header.
      wanted.some((w) => !/^-?\d+$/.test(w) && first.includes(w)) ||
      (second !== undefined && first.some((cell, i) => !NUMERIC.test(cell) && NUMERIC.test(second[i] ?? '')));
  }
  const width = first.length;
  const columns = hasHeader ? first.map((c) => c.trim()) : first.map((_, i) => String(i));
  const data = hasHeader ? rows.slice(1) : rows;
  data.forEach((row, i) => {
    if (row.length !== width) {
      const line = records[i + (hasHeader ? 1 : 0)]?.line ?? i + 1;
      throw new BastionError(
        'BASTION_ERR_MLOPS_DATA_INVALID',
        `${path}:${line}: expected ${width} fields, found ${row.length}`,
      );
    }
  });
  return { columns, rows: data, hasHeader, source: path };
}

function jsonlTable(path: string, text: string): Table {
  const objects: Record<string, unknown>[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new BastionError(
        'BASTION_ERR_MLOPS_DATA_INVALID',
        `${path}:${i + 1}: ${(error as Error).message}`,
      );
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new BastionError('BASTION_ERR_MLOPS_DATA_INVALID', `${path}:${i + 1}: expected a JSON object`);
    }
    objects.push(value as Record<string, unknown>);
  });
  const columns = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const rows = objects.map((o) =>
    columns.map((c) => (o[c] === undefined || o[c] === null ? '' : String(o[c]))),
  );
  return { columns, rows, hasHeader: false, source: path };
}

/** Resolves a column by name, or by 0-based index (negative counts from the end: -1 is the last column). */
export function columnIndex(table: Table, spec: string): number {
  const byName = table.columns.indexOf(spec);
  if (byName >= 0) return byName;
  if (/^-?\d+$/.test(spec)) {
    const n = Number(spec);
    const idx = n < 0 ? table.columns.length + n : n;
    if (idx >= 0 && idx < table.columns.length) return idx;
  }
  throw new BastionError(
    'BASTION_ERR_MLOPS_COLUMN_MISSING',
    `${table.source}: no column "${spec}" (columns: ${table.columns.slice(0, 20).join(', ')}${table.columns.length > 20 ? ', …' : ''}; or use a 0-based index, -1 = last)`,
  );
}
