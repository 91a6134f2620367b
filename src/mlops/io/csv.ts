/**
 * An incremental RFC 4180 parser: push text chunks, get complete records back. Quoted fields may span lines and
 * chunk boundaries, so files of any size are read in constant memory. With `quote: false` (TSV), quote characters
 * are data: SMS and log exports often hold a lone `"` that would otherwise swallow the rest of the file.
 */
export interface CsvOptions {
  delimiter: string;
  quote: boolean;
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts, for error messages. */
  line: number;
}

export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;
  private readonly delimiter: string;
  private readonly quote: boolean;

  constructor(options: CsvOptions) {
    this.delimiter = options.delimiter;
    this.quote = options.quote;
  }

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const d = this.delimiter;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.inQuotes) {
        if (c === '"') {
          if (i + 1 < chunk.length) {
            if (chunk[i + 1] === '"') {
              this.field += '"';
              i++;
            } else this.inQuotes = false;
          } else {
            // A quote at the end of a chunk: decide when the next chunk arrives.
            this.inQuotes = false;
            this.quoteSeen = true;
          }
        } else {
          if (c === '\n') this.line++;
          this.field += c;
        }
        continue;
      }
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (c === '"') {
          this.field += '"';
          this.inQuotes = true;
          continue;
        }
      }
      if (c === d) {
        this.fields.push(this.field);
        this.field = '';
      } else if (c === '\n' || c === '\r') {
        this.fields.push(this.field);
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.field = '';
        this.line++;
        this.recordLine = this.line;
        if (c === '\r') this.pendingCr = true;
      } else if (c === '"' && this.quote && this.field === '') {
        this.inQuotes = true;
      } else {
        this.field += c;
      }
    }
    return out;
  }

  /** Flushes the last record. Returns an error message when the file ends inside a quoted field. */
  end(): { records: CsvRecord[]; error?: string } {
    const records: CsvRecord[] = [];
    if (this.inQuotes) {
      return { records, error: `unterminated quoted field starting on line ${this.recordLine}` };
    }
    if (this.field !== '' || this.fields.length > 0) {
      this.fields.push(this.field);
      records.push({ fields: this.fields, line: this.recordLine });
    }
    this.fields = [];
    this.field = '';
    return { records };
  }
}

/** Parses a whole string (tests, small files). */
export function parseCsv(text: string, options: CsvOptions): CsvRecord[] {
  const parser = new CsvParser(options);
  const records = parser.push(text);
  const tail = parser.end();
  if (tail.error) throw new Error(tail.error);
  return [...records, ...tail.records];
}

/** Delimiter and quoting from the file name; `.tsv`/`.tab` are tab-separated without quoting. */
export function csvOptionsFor(path: string, firstLine?: string): CsvOptions {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return { delimiter: '\t', quote: false };
  if (firstLine !== undefined && !firstLine.includes(',') && firstLine.includes('\t')) {
    return { delimiter: '\t', quote: false };
  }
  return { delimiter: ',', quote: true };
}
