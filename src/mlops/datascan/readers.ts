import { createReadStream } from 'node:fs';
import { decodeUtf8Checked, describeBadUtf8, locateBadUtf8 } from '../../core/utf8.js';
import { CsvParser, csvOptionsFor } from '../io/csv.js';

/** One cell of a dataset: which field, which row (1-based line or row number), and its text. */
export interface Cell {
  row: number;
  field: string;
  value: string;
}

/** A problem in one place of a file; the reader reports it and goes on. */
export interface ReadProblem {
  row: number;
  message: string;
}

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet' | 'text';

export function formatOf(path: string): DataFormat {
  const p = path.toLowerCase();
  if (p.endsWith('.csv')) return 'csv';
  if (p.endsWith('.tsv') || p.endsWith('.tab')) return 'tsv';
  if (p.endsWith('.jsonl') || p.endsWith('.ndjson')) return 'jsonl';
  if (p.endsWith('.json')) return 'json';
  if (p.endsWith('.parquet') || p.endsWith('.pq')) return 'parquet';
  return 'text';
}

/**
 * The file's text in chunks, strictly decoded: each line holding a byte that is not UTF-8 becomes a problem naming
 * the line and offsets (it is still scanned, with U+FFFD in place of the bad bytes, so a scan of a Latin-1 or
 * UTF-16 file no longer passes silently on replacement characters).
 */
function textOf(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<string> {
  return decodeUtf8Checked(createReadStream(path, { highWaterMark: 1 << 20 }), (bad) =>
    onProblem({ row: bad.line, message: `line ${bad.line}: ${describeBadUtf8(bad)}` }),
  );
}

/** The lines of a file (LF or CRLF), numbered from 1 as editors number them. */
async function* linesOf(
  path: string,
  onProblem: (p: ReadProblem) => void,
): AsyncGenerator<{ row: number; line: string }> {
  let row = 0;
  let pending = '';
  for await (const text of textOf(path, onProblem)) {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const piece = text.slice(start, nl);
      const line = pending ? pending + piece : piece;
      pending = '';
      yield { row: ++row, line: line.endsWith('\r') ? line.slice(0, -1) : line };
      start = nl + 1;
    }
    if (start < text.length) pending += text.slice(start);
  }
  if (pending) yield { row: ++row, line: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
}

const NUMERIC_CELL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** CSV/TSV streamed in 1 MiB chunks; the first record is the header unless it is all numbers. */
export async function* readCsv(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Cell> {
  const parser = new CsvParser(csvOptionsFor(path));
  let header: string[] | undefined;
  let row = 0;
  const emit = function* (records: { fields: string[]; line: number }[]): Generator<Cell> {
    for (const r of records) {
      if (!header) {
        // A first row of numbers is data, not a header (UCI-style files have none).
        if (r.fields.every((f) => NUMERIC_CELL.test(f))) header = r.fields.map((_, i) => `column_${i}`);
        else {
          header = r.fields.map((f, i) => f.trim() || `column_${i}`);
          continue;
        }
      }
      row++;
      if (r.fields.length === 1 && r.fields[0] === '') continue;
      if (r.fields.length !== header.length) {
        onProblem({
          row: r.line,
          message: `line ${r.line}: expected ${header.length} fields, found ${r.fields.length}`,
        });
      }
      for (let i = 0; i < r.fields.length; i++) {
        yield { row, field: header[i] ?? `column_${i}`, value: r.fields[i] ?? '' };
      }
    }
  };
  for await (const text of textOf(path, onProblem)) yield* emit(parser.push(text));
  const tail = parser.end();
  yield* emit(tail.records);
  if (tail.error) onProblem({ row: row + 1, message: tail.error });
}

function* flatten(value: unknown, path: string, row: number, depth = 0): Generator<Cell> {
  if (depth > 32) return;
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    if (Array.isArray(value)) for (const v of value) yield* flatten(v, `${path}[]`, row, depth + 1);
    else
      for (const [k, v] of Object.entries(value))
        yield* flatten(v, path ? `${path}.${k}` : k, row, depth + 1);
    return;
  }
  yield { row, field: path || '(value)', value: String(value) };
}

/** JSONL: one JSON value per line, nested fields flattened to dotted paths (`messages[].content`). */
export async function* readJsonl(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Cell> {
  for await (const { row, line } of linesOf(path, onProblem)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      onProblem({ row, message: `line ${row}: invalid JSON (${(error as Error).message})` });
      continue;
    }
    yield* flatten(value, '', row);
  }
}

/** Whole JSON documents beyond this are refused: JSON is not streamable without a SAX parser, JSONL is. */
const MAX_JSON = 256 << 20;

/** A JSON document: a top-level array is one row per element; anything else is one row. */
export async function* readJson(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Cell> {
  const { readFile, stat } = await import('node:fs/promises');
  const { size } = await stat(path);
  if (size > MAX_JSON) {
    onProblem({
      row: 0,
      message: `JSON document of ${size} bytes is too large to scan whole; convert it to JSONL`,
    });
    return;
  }
  const bytes = await readFile(path);
  const bad = locateBadUtf8(bytes);
  if (bad) onProblem({ row: 0, message: `line ${bad.line}: ${describeBadUtf8(bad)}` });
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    onProblem({ row: 0, message: `invalid JSON (${(error as Error).message})` });
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* flatten(value[i], '', i + 1);
  } else yield* flatten(value, '', 1);
}

/** Plain text: each line is a cell of the one field `(text)`. */
export async function* readText(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Cell> {
  for await (const { row, line } of linesOf(path, onProblem)) {
    if (line) yield { row, field: '(text)', value: line };
  }
}

/**
 * Parquet through hyparquet (pure JS, no native code; PLAIN/dictionary/RLE encodings, snappy and more), loaded
 * only when a Parquet file is scanned. Read in row batches so memory follows the batch, not the file.
 */
export async function* readParquet(path: string): AsyncGenerator<Cell> {
  const { parquetMetadataAsync, parquetReadObjects, asyncBufferFromFile } = await import('hyparquet');
  const file = await asyncBufferFromFile(path);
  const meta = await parquetMetadataAsync(file);
  const total = Number(meta.num_rows);
  const batch = 10_000;
  for (let start = 0; start < total; start += batch) {
    const rows = (await parquetReadObjects({
      file,
      metadata: meta,
      rowStart: start,
      rowEnd: Math.min(total, start + batch),
    })) as Record<string, unknown>[];
    for (let i = 0; i < rows.length; i++) {
      for (const [field, value] of Object.entries(rows[i] ?? {})) {
        if (value === null || value === undefined) continue;
        const text =
          typeof value === 'object'
            ? JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
            : String(value);
        yield { row: start + i + 1, field, value: text };
      }
    }
  }
}

export function readCells(path: string, onProblem: (p: ReadProblem) => void): AsyncGenerator<Cell> {
  const format = formatOf(path);
  if (format === 'csv' || format === 'tsv') return readCsv(path, onProblem);
  if (format === 'jsonl') return readJsonl(path, onProblem);
  if (format === 'json') return readJson(path, onProblem);
  if (format === 'parquet') return readParquet(path);
  return readText(path, onProblem);
}
