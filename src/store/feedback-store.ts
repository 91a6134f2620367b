import { randomUUID } from 'node:crypto';
import type { SqliteDb } from './docs-db.js';

export type FeedbackRating = 'up' | 'down';

export interface FeedbackInput {
  /** The `id` of the chat completion the user rated. */
  responseId: string;
  /** The gateway's request id (`x-request-id`), which is also the audit record's request id. */
  requestId: string | null;
  /** Id of the API key that sent the feedback (never the secret). */
  keyId: string | null;
  rating: FeedbackRating;
  comment: string | null;
  model: string | null;
}

export interface FeedbackRecord extends FeedbackInput {
  id: string;
  createdAt: number;
}

export interface FeedbackStore {
  append(input: FeedbackInput, now: number): FeedbackRecord;
  list(options?: { since?: number; limit?: number }): FeedbackRecord[];
  counts(): { up: number; down: number };
}

interface Row {
  id: string;
  response_id: string;
  request_id: string | null;
  key_id: string | null;
  rating: string;
  comment: string | null;
  model: string | null;
  created_at: number;
}

/**
 * Thumbs up/down on answers, linked to the audit log by request id.
 *
 * @example
 * const feedback = createFeedbackStore(openDocsDb('./bastion.db'));
 * feedback.append({ responseId: 'chatcmpl-1', requestId: 'req-1', keyId: 'k1', rating: 'down', comment: 'outdated', model: 'bastion-docs' }, Date.now());
 */
export function createFeedbackStore(db: SqliteDb): FeedbackStore {
  db.exec(`CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY,
    response_id TEXT NOT NULL,
    request_id TEXT,
    key_id TEXT,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    model TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS feedback_created ON feedback(created_at);
  CREATE INDEX IF NOT EXISTS feedback_response ON feedback(response_id);`);
  const insert = db.prepare(
    `INSERT INTO feedback(id, response_id, request_id, key_id, rating, comment, model, created_at)
     VALUES(@id, @responseId, @requestId, @keyId, @rating, @comment, @model, @createdAt)`,
  );
  const list = db.prepare<[number, number], Row>(
    'SELECT * FROM feedback WHERE created_at >= ? ORDER BY created_at, id LIMIT ?',
  );
  const counts = db.prepare<[], { rating: string; n: number }>(
    'SELECT rating, count(*) AS n FROM feedback GROUP BY rating',
  );
  return {
    append: (input, now) => {
      const record: FeedbackRecord = { ...input, id: `fb_${randomUUID()}`, createdAt: now };
      insert.run(record);
      return record;
    },
    list: (options = {}) =>
      list.all(options.since ?? 0, options.limit ?? 1_000_000).map((row) => ({
        id: row.id,
        responseId: row.response_id,
        requestId: row.request_id,
        keyId: row.key_id,
        rating: row.rating as FeedbackRating,
        comment: row.comment,
        model: row.model,
        createdAt: row.created_at,
      })),
    counts: () => {
      const out = { up: 0, down: 0 };
      for (const row of counts.all())
        if (row.rating === 'up' || row.rating === 'down') out[row.rating] = row.n;
      return out;
    },
  };
}
