import type { SqliteDb } from './docs-db.js';

/** One ingested document, as `bastion docs sources` lists it. */
export interface DocSourceRecord {
  path: string;
  sha256: string;
  size: number;
  format: 'markdown' | 'html' | 'text' | 'pdf';
  title: string;
  headings: string[];
  chunks: number;
  /** indexed: every chunk indexed; partial: some chunks quarantined; rejected: nothing indexed (policy). */
  status: 'indexed' | 'partial' | 'rejected';
  /** Counts of guard findings by kind/action, e.g. `{ "pii:redacted": 2, "prompt_injection:quarantined": 1 }`. */
  findings: Record<string, number>;
  ingestedAt: number;
}

export interface ChunkInput {
  pid: string;
  ordinal: number;
  heading: string;
  start: number;
  end: number;
  text: string;
  /** Findings kept with the chunk when the policy says `flag`. */
  flags: string[];
}

export interface QuarantineInput {
  heading: string;
  start: number;
  end: number;
  reason: string;
  scanner: string;
  score: number;
  excerpt: string;
  /**
   * SHA-256 of the passage (source, heading, text as written): a reviewer's decision is kept under it, so it
   * survives re-ingest while the passage is unchanged, and a changed passage is judged afresh.
   */
  fingerprint: string;
  /** What releasing it would index (data policy applied), or null when it cannot be released (`hold` says why). */
  passage: ChunkInput | null;
  hold: string | null;
  /** `rejected`: a reviewer kept it out; `pending`: nobody has decided. Default pending. */
  status?: QuarantineStatus;
}

export type QuarantineStatus = 'pending' | 'rejected';

export interface QuarantineRecord extends Omit<QuarantineInput, 'status'> {
  id: number;
  source: string;
  at: number;
  status: QuarantineStatus;
}

export interface PassageRecord {
  rowid: number;
  pid: string;
  source: string;
  ordinal: number;
  heading: string;
  start: number;
  end: number;
  text: string;
  flags: string[];
}

export interface SearchHit extends PassageRecord {
  /** FTS5 bm25(): lower is better; negated here so higher is better. */
  score: number;
}

export interface DocsStore {
  getSource(path: string): DocSourceRecord | undefined;
  listSources(): DocSourceRecord[];
  /** Replaces everything known about `source.path` in one transaction. */
  putDocument(
    source: DocSourceRecord,
    chunks: readonly ChunkInput[],
    quarantine: readonly QuarantineInput[],
    /** false when the caller knows the path is not in the index yet: skips the delete (bulk ingest). */
    replace?: boolean,
  ): void;
  removeSource(path: string): void;
  /** Runs `fn` in one transaction (batching many documents is much faster). */
  transaction<T>(fn: () => T): T;
  /** `match` is an FTS5 query string built by the caller from sanitised terms. */
  search(match: string, limit: number): SearchHit[];
  getPassage(pid: string): PassageRecord | undefined;
  /** Chunks the ingest guards kept out of the index, with why. */
  listQuarantine(): QuarantineRecord[];
  /** Number of indexed chunks containing the (stemmed) term, for IDF weights. */
  docFrequency(term: string): number;
  counts(): { sources: number; chunks: number; quarantined: number };
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs_sources (
  path TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  title TEXT NOT NULL,
  headings TEXT NOT NULL,
  chunks INTEGER NOT NULL,
  status TEXT NOT NULL,
  findings TEXT NOT NULL,
  ingested_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS docs_chunks (
  id INTEGER PRIMARY KEY,
  pid TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL REFERENCES docs_sources(path) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  heading TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  flags TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_chunks_source ON docs_chunks(source);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
  heading, text, content='docs_chunks', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_vocab USING fts5vocab(docs_fts, 'row');
CREATE TABLE IF NOT EXISTS docs_quarantine (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES docs_sources(path) ON DELETE CASCADE,
  heading TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  reason TEXT NOT NULL,
  scanner TEXT NOT NULL,
  score REAL NOT NULL,
  excerpt TEXT NOT NULL,
  at INTEGER NOT NULL,
  fingerprint TEXT NOT NULL DEFAULT '',
  passage TEXT,
  hold TEXT,
  status TEXT NOT NULL DEFAULT 'pending'
);
`;

/** Columns added to docs_quarantine after its first release (reviewable quarantine). */
const QUARANTINE_COLUMNS: readonly [string, string][] = [
  ['fingerprint', "TEXT NOT NULL DEFAULT ''"],
  ['passage', 'TEXT'],
  ['hold', 'TEXT'],
  ['status', "TEXT NOT NULL DEFAULT 'pending'"],
];

/**
 * Brings an index written before reviewable quarantine up to date: adds the columns, and marks the sources whose
 * quarantined passages lack them as changed (empty SHA-256), so the next ingest re-reads exactly those files and
 * their passages become reviewable. Nothing else is re-read.
 */
function migrateQuarantine(db: SqliteDb): void {
  const have = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('docs_quarantine')")
      .all()
      .map((c) => c.name),
  );
  const missing = QUARANTINE_COLUMNS.filter(([name]) => !have.has(name));
  if (missing.length === 0) return;
  db.transaction(() => {
    for (const [name, type] of missing) db.exec(`ALTER TABLE docs_quarantine ADD COLUMN ${name} ${type}`);
    db.exec(
      "UPDATE docs_sources SET sha256 = '' WHERE path IN (SELECT source FROM docs_quarantine WHERE fingerprint = '')",
    );
  })();
}

interface SourceRow {
  path: string;
  sha256: string;
  size: number;
  format: string;
  title: string;
  headings: string;
  chunks: number;
  status: string;
  findings: string;
  ingested_at: number;
}

interface QuarantineRow extends Omit<QuarantineRecord, 'passage'> {
  passage: string | null;
}

interface ChunkRow {
  id: number;
  pid: string;
  source: string;
  ordinal: number;
  heading: string;
  start: number;
  end: number;
  text: string;
  flags: string;
}

function toSource(row: SourceRow): DocSourceRecord {
  return {
    path: row.path,
    sha256: row.sha256,
    size: row.size,
    format: row.format as DocSourceRecord['format'],
    title: row.title,
    headings: JSON.parse(row.headings) as string[],
    chunks: row.chunks,
    status: row.status as DocSourceRecord['status'],
    findings: JSON.parse(row.findings) as Record<string, number>,
    ingestedAt: row.ingested_at,
  };
}

function toQuarantine(row: QuarantineRow): QuarantineRecord {
  return { ...row, passage: row.passage === null ? null : (JSON.parse(row.passage) as ChunkInput) };
}

function toPassage(row: ChunkRow): PassageRecord {
  return {
    rowid: row.id,
    pid: row.pid,
    source: row.source,
    ordinal: row.ordinal,
    heading: row.heading,
    start: row.start,
    end: row.end,
    text: row.text,
    flags: JSON.parse(row.flags) as string[],
  };
}

/**
 * The docs index in SQLite: sources with provenance, chunks, an FTS5 (BM25) index over them, and quarantined chunks.
 *
 * @example
 * const docs = createDocsStore(openDocsDb('./bastion.db'));
 * docs.search('"rotat"* OR "key"', 5);
 */
export function createDocsStore(db: SqliteDb): DocsStore {
  db.exec(SCHEMA);
  migrateQuarantine(db);
  const getSource = db.prepare<[string], SourceRow>('SELECT * FROM docs_sources WHERE path = ?');
  const allSources = db.prepare<[], SourceRow>('SELECT * FROM docs_sources ORDER BY path');
  const chunksOf = db.prepare<[string], ChunkRow>('SELECT * FROM docs_chunks WHERE source = ?');
  const ftsDelete = db.prepare<[number, string, string]>(
    "INSERT INTO docs_fts(docs_fts, rowid, heading, text) VALUES('delete', ?, ?, ?)",
  );
  const ftsInsert = db.prepare<[number | bigint, string, string]>(
    'INSERT INTO docs_fts(rowid, heading, text) VALUES(?, ?, ?)',
  );
  // Inside `transaction()` the chunks' postings are added by one statement per batch, just before the commit:
  // FTS5 then tokenises the same rows with the same rowids (the same postings, sizes and BM25 scores) without a
  // statement and an FTS5 update call per passage (-20% CPU of the FTS5 work on a bulk ingest, BENCHMARKS.md).
  const ftsInsertFrom = db.prepare<[number]>(
    'INSERT INTO docs_fts(rowid, heading, text) SELECT id, heading, text FROM docs_chunks WHERE id >= ? ORDER BY id',
  );
  const deleteSource = db.prepare<[string]>('DELETE FROM docs_sources WHERE path = ?');
  const insertSource = db.prepare(
    `INSERT INTO docs_sources(path, sha256, size, format, title, headings, chunks, status, findings, ingested_at)
     VALUES(@path, @sha256, @size, @format, @title, @headings, @chunks, @status, @findings, @ingestedAt)`,
  );
  // Positional parameters: the hot statement of a bulk ingest (one row per passage), no object per row.
  const insertChunk = db.prepare<[string, string, number, string, number, number, string, string]>(
    `INSERT INTO docs_chunks(pid, source, ordinal, heading, start, "end", text, flags) VALUES(?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertQuarantine = db.prepare(
    `INSERT INTO docs_quarantine(source, heading, start, "end", reason, scanner, score, excerpt, at, fingerprint, passage, hold, status)
     VALUES(@source, @heading, @start, @end, @reason, @scanner, @score, @excerpt, @at, @fingerprint, @passage, @hold, @status)`,
  );
  // bm25 weights: a match in a heading counts three times a match in body text. The top rows are picked inside
  // the FTS table first and only those joined to their chunks: joined before the LIMIT, SQLite would fetch the
  // text of every matching chunk (thousands for a common word), 3-4x the time of the whole query.
  const search = db.prepare<[string, number], ChunkRow & { score: number }>(
    `SELECT c.*, -t.score AS score FROM (
       SELECT rowid AS id, bm25(docs_fts, 3.0, 1.0) AS score FROM docs_fts WHERE docs_fts MATCH ? ORDER BY score LIMIT ?
     ) t JOIN docs_chunks c ON c.id = t.id ORDER BY t.score`,
  );
  const byPid = db.prepare<[string], ChunkRow>('SELECT * FROM docs_chunks WHERE pid = ?');
  const quarantine = db.prepare<[], QuarantineRow>('SELECT * FROM docs_quarantine ORDER BY source, start');
  const vocab = db.prepare<[string], { doc: number }>('SELECT doc FROM docs_vocab WHERE term = ?');
  const countSources = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM docs_sources');
  const countChunks = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM docs_chunks');
  const countQuarantine = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM docs_quarantine');

  /**
   * Inside `transaction()`: the rowid of the first chunk inserted since the last flush whose postings are not in
   * docs_fts yet (null: none). Rowids of an INTEGER PRIMARY KEY grow within the transaction, and every delete
   * flushes first, so every chunk row from here on is one of them.
   */
  let pendingFrom: number | null = null;
  let batching = false;
  const flushFts = (): void => {
    if (pendingFrom === null) return;
    ftsInsertFrom.run(pendingFrom);
    pendingFrom = null;
  };

  // External-content FTS5 tables must be told the old text to remove its postings.
  const removeChunks = (path: string): void => {
    // A chunk inserted earlier in this batch must be in the FTS index before its postings can be deleted.
    flushFts();
    for (const row of chunksOf.all(path)) ftsDelete.run(row.id, row.heading, row.text);
  };

  const store: DocsStore = {
    getSource: (path) => {
      const row = getSource.get(path);
      return row ? toSource(row) : undefined;
    },
    listSources: () => allSources.all().map(toSource),
    putDocument: (source, chunks, quarantined, replace = true) => {
      // Deferred only inside our own batch transaction, which flushes before it commits; in a caller's own
      // db.transaction() nothing would flush, and one INSERT … SELECT per document costs more than per-row inserts.
      const deferFts = batching && db.inTransaction;
      const write = () => {
        if (replace) {
          removeChunks(source.path);
          deleteSource.run(source.path);
        }
        insertSource.run({
          ...source,
          headings: JSON.stringify(source.headings),
          findings: JSON.stringify(source.findings),
        });
        for (const chunk of chunks) {
          const info = insertChunk.run(
            chunk.pid,
            source.path,
            chunk.ordinal,
            chunk.heading,
            chunk.start,
            chunk.end,
            chunk.text,
            chunk.flags.length === 0 ? '[]' : JSON.stringify(chunk.flags),
          );
          if (!deferFts) ftsInsert.run(info.lastInsertRowid, chunk.heading, chunk.text);
          else if (pendingFrom === null) pendingFrom = Number(info.lastInsertRowid);
        }
        for (const q of quarantined)
          insertQuarantine.run({
            ...q,
            source: source.path,
            at: source.ingestedAt,
            passage: q.passage ? JSON.stringify(q.passage) : null,
            status: q.status ?? 'pending',
          });
      };
      // Inside a caller's batch transaction a nested one would only add a savepoint per document.
      if (db.inTransaction) write();
      else db.transaction(write)();
    },
    removeSource: (path) => {
      db.transaction(() => {
        removeChunks(path);
        deleteSource.run(path);
      })();
    },
    transaction: (fn) => {
      if (batching) {
        // Nested: a savepoint, as before; the outer call flushes before its commit. A savepoint rolled back takes
        // with it any flush it ran (of rows inserted before it, which are back to pending) and its own rows.
        const saved = pendingFrom;
        try {
          return db.transaction(fn)();
        } catch (error) {
          pendingFrom = saved;
          throw error;
        }
      }
      batching = true;
      try {
        return db.transaction(() => {
          const result = fn();
          flushFts();
          return result;
        })();
      } finally {
        // After a rollback the pending rows are gone with it.
        batching = false;
        pendingFrom = null;
      }
    },
    search: (match, limit) => {
      // Read-your-writes inside a batch: the pending chunks must be searchable too.
      flushFts();
      return search.all(match, limit).map((row) => ({ ...toPassage(row), score: row.score }));
    },
    getPassage: (pid) => {
      const row = byPid.get(pid);
      return row ? toPassage(row) : undefined;
    },
    listQuarantine: () => quarantine.all().map(toQuarantine),
    docFrequency: (term) => {
      flushFts();
      return vocab.get(term)?.doc ?? 0;
    },
    counts: () => ({
      sources: countSources.get()?.n ?? 0,
      chunks: countChunks.get()?.n ?? 0,
      quarantined: countQuarantine.get()?.n ?? 0,
    }),
  };
  return store;
}
