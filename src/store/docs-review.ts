import type { SqliteDb } from './docs-db.js';
import type { ChunkInput, QuarantineRecord } from './docs-store.js';

/** A reviewer's decision on a quarantined passage, kept by the passage's fingerprint. */
export interface ReviewDecision {
  fingerprint: string;
  decision: 'released' | 'rejected';
  /** Why, in the reviewer's words (also in the audit log). */
  reason: string;
  /** Who decided: the OS user at the CLI. */
  actor: string;
  at: number;
  source: string;
  heading: string;
  /** The finding that quarantined it. */
  finding: string;
  score: number;
}

export interface DocsReview {
  /** The decisions recorded for these fingerprints (those without one are absent). */
  decisions(fingerprints: readonly string[]): Map<string, ReviewDecision>;
  /** Every decision, newest first. */
  list(): ReviewDecision[];
  /**
   * Releases a quarantined passage into the index (its data-policy-checked text, see QuarantineInput.passage) and
   * records the decision, in one transaction. Later ingests of the unchanged passage index it directly.
   */
  release(item: QuarantineRecord, decision: Omit<ReviewDecision, 'decision'>): void;
  /** Keeps a quarantined passage out for good (until it changes) and records the decision. */
  reject(item: QuarantineRecord, decision: Omit<ReviewDecision, 'decision'>): void;
}

/** Flag on a passage a reviewer released (shown with its citations, kept in `docs sources`). */
export const RELEASED_FLAG = 'reviewed:released';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs_review (
  fingerprint TEXT PRIMARY KEY,
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  at INTEGER NOT NULL,
  source TEXT NOT NULL,
  heading TEXT NOT NULL,
  finding TEXT NOT NULL,
  score REAL NOT NULL
);
`;

interface SourceCounts {
  chunks: number;
  status: string;
  findings: string;
}

/**
 * Review of quarantined passages in the docs index: decisions live in their own table, keyed by the passage's
 * fingerprint and not by source, so re-ingesting a file (which replaces its rows) keeps them.
 *
 * @example
 * const review = createDocsReview(db); // after createDocsStore(db)
 * review.release(item, { fingerprint: item.fingerprint, reason: 'quotes an attack as an example', actor: 'alice', … });
 */
export function createDocsReview(db: SqliteDb): DocsReview {
  db.exec(SCHEMA);
  const upsert = db.prepare(
    `INSERT INTO docs_review(fingerprint, decision, reason, actor, at, source, heading, finding, score)
     VALUES(@fingerprint, @decision, @reason, @actor, @at, @source, @heading, @finding, @score)
     ON CONFLICT(fingerprint) DO UPDATE SET decision = excluded.decision, reason = excluded.reason,
       actor = excluded.actor, at = excluded.at, source = excluded.source, heading = excluded.heading,
       finding = excluded.finding, score = excluded.score`,
  );
  const one = db.prepare<[string], ReviewDecision>('SELECT * FROM docs_review WHERE fingerprint = ?');
  const all = db.prepare<[], ReviewDecision>('SELECT * FROM docs_review ORDER BY at DESC, fingerprint');
  const insertChunk = db.prepare<[string, string, number, string, number, number, string, string]>(
    `INSERT INTO docs_chunks(pid, source, ordinal, heading, start, "end", text, flags) VALUES(?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ftsInsert = db.prepare<[number | bigint, string, string]>(
    'INSERT INTO docs_fts(rowid, heading, text) VALUES(?, ?, ?)',
  );
  const dropQuarantine = db.prepare<[number]>('DELETE FROM docs_quarantine WHERE id = ?');
  const markRejected = db.prepare<[number]>("UPDATE docs_quarantine SET status = 'rejected' WHERE id = ?");
  const source = db.prepare<[string], SourceCounts>(
    'SELECT chunks, status, findings FROM docs_sources WHERE path = ?',
  );
  const left = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM docs_quarantine WHERE source = ?',
  );
  const updateSource = db.prepare<[number, string, string, string]>(
    'UPDATE docs_sources SET chunks = ?, status = ?, findings = ? WHERE path = ?',
  );

  const released = db.transaction((item: QuarantineRecord, passage: ChunkInput, d: ReviewDecision) => {
    const flags = [...passage.flags, RELEASED_FLAG];
    const info = insertChunk.run(
      passage.pid,
      item.source,
      passage.ordinal,
      passage.heading,
      passage.start,
      passage.end,
      passage.text,
      JSON.stringify(flags),
    );
    ftsInsert.run(info.lastInsertRowid, passage.heading, passage.text);
    dropQuarantine.run(item.id);
    const counts = source.get(item.source);
    if (counts) {
      const findings = JSON.parse(counts.findings) as Record<string, number>;
      findings[RELEASED_FLAG] = (findings[RELEASED_FLAG] ?? 0) + 1;
      const status =
        counts.status === 'rejected'
          ? 'rejected'
          : (left.get(item.source)?.n ?? 0) > 0
            ? 'partial'
            : 'indexed';
      updateSource.run(counts.chunks + 1, status, JSON.stringify(findings), item.source);
    }
    upsert.run(d);
  });
  const rejected = db.transaction((item: QuarantineRecord, d: ReviewDecision) => {
    markRejected.run(item.id);
    upsert.run(d);
  });

  return {
    decisions(fingerprints) {
      const found = new Map<string, ReviewDecision>();
      for (const fp of fingerprints) {
        const row = one.get(fp);
        if (row) found.set(fp, row);
      }
      return found;
    },
    list: () => all.all(),
    release(item, d) {
      if (!item.passage)
        throw new Error(`quarantined passage ${item.id} cannot be released: ${item.hold ?? 'no passage'}`);
      released(item, item.passage, { ...d, decision: 'released' });
    },
    reject(item, d) {
      rejected(item, { ...d, decision: 'rejected' });
    },
  };
}
