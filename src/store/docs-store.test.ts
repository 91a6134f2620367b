import { afterEach, describe, expect, it } from 'vitest';
import { openDocsDb, type SqliteDb } from './docs-db.js';
import { createDocsStore, type ChunkInput, type DocSourceRecord, type DocsStore } from './docs-store.js';

const open: SqliteDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function fresh(): { db: SqliteDb; store: DocsStore } {
  const db = openDocsDb(':memory:');
  open.push(db);
  return { db, store: createDocsStore(db) };
}

function source(path: string, chunks: number): DocSourceRecord {
  return {
    path,
    sha256: `sha-${path}`,
    size: 100,
    format: 'markdown',
    title: path,
    headings: [],
    chunks,
    status: 'indexed',
    findings: {},
    ingestedAt: 0,
  };
}

function chunks(path: string, texts: readonly string[]): ChunkInput[] {
  return texts.map((text, ordinal) => ({
    pid: `p_${path}_${ordinal}`,
    ordinal,
    heading: `${path} part ${ordinal}`,
    start: ordinal * 100,
    end: ordinal * 100 + text.length,
    text,
    flags: [],
  }));
}

const DOCS: [string, string[]][] = [
  ['keys.md', ['Rotate a key with bastion keys rotate.', 'Revoked keys stop working at once.']],
  ['limits.md', ['Rate limits count requests per key per minute.', 'A key over its limit gets HTTP 429.']],
  [
    'guards.md',
    ['Guards scan prompts for secrets and personal data.', 'Quarantined passages are never indexed.'],
  ],
  ['audit.md', ['Every request is recorded in the audit log with its key id.']],
];
const QUERIES = ['"key"', '"rotat"* OR "limit"', '"guard" OR "secret" OR "audit"', '"request"', '"index"*'];

/** FTS5's own check of the index against the content table (throws SQLITE_CORRUPT_VTAB on any mismatch). */
function integrityCheck(db: SqliteDb): void {
  db.prepare("INSERT INTO docs_fts(docs_fts, rank) VALUES('integrity-check', 1)").run();
}

const results = (store: DocsStore) =>
  QUERIES.map((q) => store.search(q, 10).map((h) => [h.rowid, h.pid, h.score]));

describe('docs store: full-text postings added once per batch transaction', () => {
  it('gives the same rowids, passages and BM25 scores as one document per transaction', () => {
    const one = fresh();
    for (const [path, texts] of DOCS)
      one.store.putDocument(source(path, texts.length), chunks(path, texts), [], false);
    const batched = fresh();
    batched.store.transaction(() => {
      for (const [path, texts] of DOCS)
        batched.store.putDocument(source(path, texts.length), chunks(path, texts), [], false);
    });
    integrityCheck(one.db);
    integrityCheck(batched.db);
    expect(results(one.store).flat().length).toBeGreaterThan(5);
    expect(results(batched.store)).toEqual(results(one.store));
  });

  it('replaces a document written earlier in the same batch without leaving its old postings', () => {
    const { db, store } = fresh();
    store.transaction(() => {
      store.putDocument(source('a.md', 1), chunks('a.md', ['the zebra crossing']), [], false);
      store.putDocument(source('b.md', 1), chunks('b.md', ['a giraffe']), [], false);
      store.putDocument(source('a.md', 1), chunks('a.md', ['the okapi crossing']), [], true);
      store.putDocument(source('c.md', 1), chunks('c.md', ['another zebra']), [], false);
    });
    integrityCheck(db);
    expect(store.search('"zebra"', 10).map((h) => h.source)).toEqual(['c.md']);
    expect(store.search('"okapi"', 10).map((h) => h.source)).toEqual(['a.md']);
    expect(store.search('"giraff"*', 10).map((h) => h.source)).toEqual(['b.md']);
    expect(store.docFrequency('cross')).toBe(1);
  });

  it('lets a search inside the batch find the passages written before it', () => {
    const { db, store } = fresh();
    const seen = store.transaction(() => {
      store.putDocument(source('a.md', 1), chunks('a.md', ['pending passages are searchable']), [], false);
      const hits = store.search('"searchabl"*', 5).map((h) => h.pid);
      store.putDocument(source('b.md', 1), chunks('b.md', ['searchable as well']), [], false);
      return hits;
    });
    expect(seen).toEqual(['p_a.md_0']);
    integrityCheck(db);
    expect(store.search('"searchabl"*', 5)).toHaveLength(2);
  });

  it('leaves nothing of a batch that throws, and the next batch indexes normally', () => {
    const { db, store } = fresh();
    store.putDocument(source('kept.md', 1), chunks('kept.md', ['kept before the crash']), [], false);
    expect(() =>
      store.transaction(() => {
        store.putDocument(source('a.md', 1), chunks('a.md', ['half written crash']), [], false);
        throw new Error('crash mid-batch');
      }),
    ).toThrow('crash mid-batch');
    expect(store.counts()).toEqual({ sources: 1, chunks: 1, quarantined: 0 });
    expect(store.search('"crash"', 5).map((h) => h.source)).toEqual(['kept.md']);
    store.transaction(() => {
      store.putDocument(source('b.md', 1), chunks('b.md', ['after the crash']), [], false);
    });
    integrityCheck(db);
    expect(
      store
        .search('"crash"', 5)
        .map((h) => h.source)
        .sort(),
    ).toEqual(['b.md', 'kept.md']);
  });

  it('keeps the outer batch indexed when a nested transaction rolls back after flushing it', () => {
    const { db, store } = fresh();
    store.putDocument(source('old.md', 1), chunks('old.md', ['committed before']), [], false);
    store.transaction(() => {
      store.putDocument(source('a.md', 1), chunks('a.md', ['outer passage one']), [], false);
      try {
        store.transaction(() => {
          // The replace flushes a.md's pending postings inside the savepoint that is then rolled back.
          store.putDocument(source('old.md', 1), chunks('old.md', ['inner replacement']), [], true);
          throw new Error('inner failure');
        });
      } catch {
        // The caller goes on with the outer batch.
      }
      store.putDocument(source('b.md', 1), chunks('b.md', ['outer passage two']), [], false);
    });
    integrityCheck(db);
    expect(
      store
        .search('"outer"', 5)
        .map((h) => h.source)
        .sort(),
    ).toEqual(['a.md', 'b.md']);
    expect(store.search('"inner"', 5)).toEqual([]);
    expect(store.search('"commit"*', 5).map((h) => h.source)).toEqual(['old.md']);
  });

  it('indexes at once inside a transaction the caller opened on the connection itself', () => {
    const { db, store } = fresh();
    db.transaction(() => {
      store.putDocument(source('a.md', 1), chunks('a.md', ['written in a foreign transaction']), [], false);
    })();
    integrityCheck(db);
    expect(store.search('"foreign"', 5).map((h) => h.source)).toEqual(['a.md']);
  });
});
