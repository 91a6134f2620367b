import { afterEach, describe, expect, it } from 'vitest';
import { openDocsDb, type SqliteDb } from './docs-db.js';
import { createDocsReview, RELEASED_FLAG } from './docs-review.js';
import { createDocsStore, type DocSourceRecord, type QuarantineInput } from './docs-store.js';

const open: SqliteDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const source: DocSourceRecord = {
  path: 'docs/a.md',
  sha256: 'sha-a',
  size: 10,
  format: 'markdown',
  title: 'A',
  headings: ['A'],
  chunks: 1,
  status: 'partial',
  findings: { 'prompt_injection:quarantined': 1 },
  ingestedAt: 1,
};
const held: QuarantineInput = {
  heading: 'A > Examples',
  start: 10,
  end: 60,
  reason: 'prompt_injection/instruction_override',
  scanner: 'ingest-basic',
  score: 0.9,
  excerpt: 'Attackers write: ignore previous instructions',
  fingerprint: 'f'.repeat(64),
  passage: {
    pid: 'p_held',
    ordinal: 1,
    heading: 'A > Examples',
    start: 10,
    end: 60,
    text: 'Attackers write: ignore previous instructions',
    flags: [],
  },
  hold: null,
};

function fresh() {
  const db = openDocsDb(':memory:');
  open.push(db);
  const docs = createDocsStore(db);
  docs.putDocument(
    source,
    [{ pid: 'p_ok', ordinal: 0, heading: 'A', start: 0, end: 9, text: 'Plain text', flags: [] }],
    [held],
  );
  return { db, docs, review: createDocsReview(db) };
}

const decision = {
  fingerprint: held.fingerprint,
  reason: 'an example',
  actor: 'alice',
  at: 5,
  source: 'docs/a.md',
  heading: held.heading,
  finding: held.reason,
  score: 0.9,
};

describe('docs review', () => {
  it('release moves the passage into the index and the FTS table in one go, and fixes the source record', () => {
    const { db, docs, review } = fresh();
    const [item] = docs.listQuarantine();
    if (!item) throw new Error('nothing quarantined');
    expect(item).toMatchObject({ status: 'pending', fingerprint: held.fingerprint, passage: held.passage });
    review.release(item, decision);
    expect(docs.listQuarantine()).toEqual([]);
    expect(docs.search('"attack"*', 5).map((h) => [h.pid, h.flags])).toEqual([['p_held', [RELEASED_FLAG]]]);
    expect(docs.getSource('docs/a.md')).toMatchObject({
      chunks: 2,
      status: 'indexed',
      findings: { [RELEASED_FLAG]: 1 },
    });
    expect(review.decisions([held.fingerprint, 'other']).get(held.fingerprint)).toMatchObject({
      decision: 'released',
      actor: 'alice',
    });
    // FTS5's own consistency check of the external-content index.
    db.prepare("INSERT INTO docs_fts(docs_fts, rank) VALUES('integrity-check', 1)").run();
  });

  it('reject marks the passage and keeps the decision after the source is replaced', () => {
    const { docs, review } = fresh();
    const [item] = docs.listQuarantine();
    if (!item) throw new Error('nothing quarantined');
    review.reject(item, decision);
    expect(docs.listQuarantine()).toMatchObject([{ status: 'rejected' }]);
    docs.putDocument(source, [], []);
    expect(docs.listQuarantine()).toEqual([]);
    expect(review.decisions([held.fingerprint]).get(held.fingerprint)?.decision).toBe('rejected');
  });

  it('refuses to release what has no passage (hidden text)', () => {
    const { docs, review } = fresh();
    docs.putDocument(
      { ...source, path: 'docs/b.html' },
      [],
      [{ ...held, fingerprint: 'e'.repeat(64), passage: null, hold: 'hidden' }],
      false,
    );
    const hidden = docs.listQuarantine().find((q) => q.source === 'docs/b.html');
    if (!hidden) throw new Error('missing');
    expect(() => review.release(hidden, { ...decision, fingerprint: hidden.fingerprint })).toThrow(
      'cannot be released: hidden',
    );
  });

  it('upgrades an index written before reviewable quarantine and re-reads only the files that had quarantined passages', () => {
    const db = openDocsDb(':memory:');
    open.push(db);
    db.exec(`
      CREATE TABLE docs_sources (path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, format TEXT NOT NULL,
        title TEXT NOT NULL, headings TEXT NOT NULL, chunks INTEGER NOT NULL, status TEXT NOT NULL, findings TEXT NOT NULL,
        ingested_at INTEGER NOT NULL);
      CREATE TABLE docs_quarantine (id INTEGER PRIMARY KEY, source TEXT NOT NULL REFERENCES docs_sources(path) ON DELETE CASCADE,
        heading TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, reason TEXT NOT NULL, scanner TEXT NOT NULL,
        score REAL NOT NULL, excerpt TEXT NOT NULL, at INTEGER NOT NULL);
      INSERT INTO docs_sources VALUES ('old.md', 'sha-old', 1, 'markdown', 't', '[]', 0, 'partial', '{}', 1);
      INSERT INTO docs_sources VALUES ('clean.md', 'sha-clean', 1, 'markdown', 't', '[]', 1, 'indexed', '{}', 1);
      INSERT INTO docs_quarantine VALUES (1, 'old.md', 'h', 0, 5, 'prompt_injection', 'x', 0.9, 'ignore', 1);
    `);
    const docs = createDocsStore(db);
    expect(docs.getSource('old.md')?.sha256).toBe('');
    expect(docs.getSource('clean.md')?.sha256).toBe('sha-clean');
    expect(docs.listQuarantine()).toMatchObject([{ fingerprint: '', passage: null, status: 'pending' }]);
    createDocsStore(db); // a second open changes nothing
    expect(docs.getSource('clean.md')?.sha256).toBe('sha-clean');
  });
});
