import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import {
  createChainVerifier,
  MISSING_HEAD,
  sealAuditRecord,
  toAuditFields,
  type AuditFields,
  type ChainState,
} from '../audit-chain.js';
import { AUDIT_COLUMNS, auditRecordToValues, auditRowToRecord, type AuditRow } from '../audit-row.js';
import { purgeEntry, toIsoBound } from '../audit-purge.js';
import type { AuditEntry, AuditRecord, AuditStore } from '../types.js';
import { createSqliteWriter, type SqliteWriter } from './sqlite-writer.js';

interface ChainRow {
  head_seq: number;
  head_hash: string;
  base_seq: number;
  base_hash: string;
}

const PAGE = 500;
/** Records deleted per purge transaction. */
const PURGE_CHUNK = 5000;

function toChainState(row: ChainRow): ChainState {
  return { headSeq: row.head_seq, headHash: row.head_hash, baseSeq: row.base_seq, baseHash: row.base_hash };
}

/**
 * The audit log in SQLite. Append reads the head, inserts and moves the head inside one IMMEDIATE transaction:
 * SQLite's journal makes that all-or-nothing, so a crash never leaves a record without its head update or the
 * reverse, and two processes appending to one file are serialised by the write lock. Concurrent appends share
 * one transaction (group commit through the store's writer, together with the counter writes of the same turn);
 * each caller still learns the outcome of its own record, and only after the COMMIT.
 */
/** The SQLite audit store, plus a synchronous append for a caller's own transaction. */
export interface SqliteAuditStore extends AuditStore {
  /**
   * Appends one record NOW, on this connection: call it inside a `db.transaction()` that also holds the change the
   * record describes (a key change), so both commit or neither does. Failures throw BASTION_ERR_STORE_AUDIT_WRITE.
   */
  appendInTransaction(entry: AuditEntry): AuditRecord;
}

export function createSqliteAudit(
  db: Database.Database,
  clock: Clock,
  writer: SqliteWriter = createSqliteWriter(db),
): SqliteAuditStore {
  const chain = db.prepare<[], ChainRow>(
    'SELECT head_seq, head_hash, base_seq, base_hash FROM audit_chain WHERE id = 1',
  );
  const insert = db.prepare(
    `INSERT INTO audit (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const moveHead = db.prepare('UPDATE audit_chain SET head_seq = ?, head_hash = ? WHERE id = 1');
  const moveBase = db.prepare('UPDATE audit_chain SET base_seq = ?, base_hash = ? WHERE id = 1');
  const page = db.prepare<[number, number, number], AuditRow>(
    'SELECT * FROM audit WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?',
  );
  const span = db.prepare<[string, string], { first: number | null; last: number | null }>(
    'SELECT min(seq) AS first, max(seq) AS last FROM audit WHERE time >= ? AND time < ?',
  );
  const all = db.prepare<[number], AuditRow>('SELECT * FROM audit WHERE seq <= ? ORDER BY seq');
  // The newest record older than the cutoff within the next chunk of seqs.
  const lastInChunk = db.prepare<[string, number], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit WHERE time < ? AND seq <= ? ORDER BY seq DESC LIMIT 1',
  );
  const deleteThrough = db.prepare('DELETE FROM audit WHERE seq <= ?');

  // Runs inside the writer's transaction (shared with the counters of the same turn).
  const appendBatch = (batch: AuditFields[]): AuditRecord[] => {
    const head = chain.get() as ChainRow;
    let seq = head.head_seq;
    let prevHash = head.head_hash;
    const records = batch.map((fields) => {
      const record = sealAuditRecord(fields, ++seq, prevHash);
      insert.run(...auditRecordToValues(record));
      prevHash = record.hash;
      return record;
    });
    moveHead.run(seq, prevHash);
    return records;
  };

  const writeFailure = (cause: unknown): BastionError => {
    if (cause instanceof BastionError) return cause;
    const code = (cause as { code?: string }).code;
    return new BastionError(
      'BASTION_ERR_STORE_AUDIT_WRITE',
      `audit: append failed (${code ?? 'error'}): ${(cause as Error).message}`,
      {
        cause,
        details: { sqliteCode: code },
      },
    );
  };

  const submit = writer.channel(appendBatch);
  const append = (fields: AuditFields): Promise<AuditRecord> =>
    submit(fields).catch((cause: unknown) => {
      throw writeFailure(cause);
    });

  const purgeChunk = db.transaction((cutoff: string): { deleted: number; throughSeq: number } | null => {
    const state = toChainState(chain.get() as ChainRow);
    const last = lastInChunk.get(cutoff, state.baseSeq + PURGE_CHUNK);
    if (!last) return null;
    const deleted = deleteThrough.run(last.seq).changes;
    moveBase.run(last.seq, last.hash);
    // The purge record is the anchor: it carries the base hash inside the chain, so moving the base by hand
    // (to hide deleted records) is detected by verify.
    const fields = toAuditFields(purgeEntry(last.seq, last.hash, deleted, cutoff), clock.now(), 'purge');
    const record = sealAuditRecord(fields, state.headSeq + 1, state.headHash);
    insert.run(...auditRecordToValues(record));
    moveHead.run(record.seq, record.hash);
    return { deleted, throughSeq: last.seq };
  });

  return {
    async append(entry) {
      return append(toAuditFields(entry, clock.now()));
    },

    appendInTransaction(entry) {
      if (!db.inTransaction) throw new Error('appendInTransaction: no transaction is open');
      try {
        // Records queued on the writer are written after this one: its flush reads the head then.
        return appendBatch([toAuditFields(entry, clock.now())])[0] as AuditRecord;
      } catch (cause) {
        throw writeFailure(cause);
      }
    },

    async verify(options) {
      try {
        // One read transaction: a consistent snapshot even while the gateway keeps appending.
        return db
          .transaction(() => {
            const row = chain.get();
            if (!row) return MISSING_HEAD;
            const state = toChainState(row);
            const verifier = createChainVerifier(state, options);
            for (const row of all.iterate(state.headSeq)) {
              const bad = verifier.push(auditRowToRecord(row));
              if (bad) return bad;
            }
            return verifier.finish();
          })
          .deferred();
      } catch (cause) {
        throw new BastionError(
          'BASTION_ERR_STORE_READ',
          `audit: verify could not read the log: ${(cause as Error).message}`,
          {
            cause,
          },
        );
      }
    },

    async *export(options = {}) {
      const { first, last } =
        span.get(toIsoBound(options.since, '0000'), toIsoBound(options.until, '9999')) ?? {};
      if (first === null || first === undefined || last === null || last === undefined) return;
      // A contiguous seq range, so every export is a chain segment that verifies on its own (audit verify --file).
      let after = first - 1;
      // Pages by seq so no read transaction stays open while the consumer is slow (writers are never blocked).
      for (;;) {
        const rows = page.all(after, last, PAGE);
        for (const row of rows) yield auditRowToRecord(row);
        if (rows.length < PAGE) return;
        after = Number((rows[rows.length - 1] as AuditRow).seq);
      }
    },

    async purge(before) {
      const cutoff = toIsoBound(before, '0000');
      let deleted = 0;
      let throughSeq: number | null = null;
      try {
        // Chunks keep each write transaction short, so a purge of millions of rows (from the CLI) never holds the
        // write lock long enough to stall a gateway appending to the same file. Each chunk is a complete purge:
        // delete, move the base, append its anchor.
        for (;;) {
          const chunk = purgeChunk.immediate(cutoff);
          if (!chunk) break;
          deleted += chunk.deleted;
          throughSeq = chunk.throughSeq;
          // Yield between chunks: in the gateway process, requests (and their appends) run in between.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } catch (cause) {
        throw writeFailure(cause);
      }
      return { deleted, throughSeq };
    },

    async head() {
      const row = chain.get() as ChainRow;
      return { seq: row.head_seq, hash: row.head_hash };
    },
  };
}
