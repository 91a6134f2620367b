import type pg from 'pg';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import {
  createChainVerifier,
  MISSING_HEAD,
  sealAuditRecord,
  toAuditFields,
  type AuditFields,
} from '../audit-chain.js';
import { purgeEntry, toIsoBound } from '../audit-purge.js';
import { createGroupCommit } from '../group-commit.js';
import { AUDIT_COLUMNS, auditRecordToValues, auditRowToRecord, type AuditRow } from '../audit-row.js';
import type { AuditEntry, AuditRecord, AuditStore, PurgeResult } from '../types.js';

interface ChainRow {
  head_seq: string;
  head_hash: string;
  base_seq: string;
  base_hash: string;
}

const PAGE = 500;
/** Records deleted per purge transaction. */
const PURGE_CHUNK = 5000;
const LOCK_HEAD =
  'SELECT head_seq, head_hash, base_seq, base_hash FROM bastion_audit_chain WHERE id = 1 FOR UPDATE';
const MOVE_HEAD = 'UPDATE bastion_audit_chain SET head_seq = $1, head_hash = $2 WHERE id = 1';

/** Runs `fn` in one transaction on one pooled client; any failure rolls back the whole thing. */
export async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The audit log in PostgreSQL, shared by replicas. Every append locks the single head row (`SELECT … FOR UPDATE`)
 * inside its transaction, so appends from all replicas are serialised into one gap-free chain, and a crash or a
 * dropped connection rolls the whole append back. Appends arriving while a commit is in flight share the next
 * one (group commit), so replicas under load pay one lock and one round trip set per batch, not per record.
 */
/** The PostgreSQL audit store, plus an append on a caller's transaction. */
export interface PostgresAuditStore extends AuditStore {
  /**
   * Appends one record on `client`, inside the caller's transaction (which also holds the change the record
   * describes, such as a key change): both commit or neither. Failures throw BASTION_ERR_STORE_AUDIT_WRITE.
   */
  appendInTransaction(client: pg.PoolClient, entry: AuditEntry): Promise<AuditRecord>;
}

export function createPostgresAudit(pool: pg.Pool, clock: Clock): PostgresAuditStore {
  const writeFailure = (cause: unknown): BastionError => {
    if (cause instanceof BastionError) return cause;
    const code = (cause as { code?: string }).code;
    return new BastionError(
      'BASTION_ERR_STORE_AUDIT_WRITE',
      `audit: postgres append failed: ${(cause as Error).message}`,
      {
        cause,
        details: { pgCode: code },
      },
    );
  };

  /** Seals and inserts a batch after the head row; the caller holds the head lock (inside its transaction). */
  const appendWith = async (client: pg.PoolClient, batch: AuditFields[]): Promise<AuditRecord[]> => {
    const head = (await client.query<ChainRow>(LOCK_HEAD)).rows[0] as ChainRow;
    let seq = Number(head.head_seq);
    let prevHash = head.head_hash;
    const records = batch.map((fields) => {
      const record = sealAuditRecord(fields, ++seq, prevHash);
      prevHash = record.hash;
      return record;
    });
    // One multi-row INSERT per batch: one round trip however many requests share the commit.
    const width = AUDIT_COLUMNS.length;
    const tuples = records.map(
      (_, r) => `(${AUDIT_COLUMNS.map((_, c) => `$${r * width + c + 1}`).join(', ')})`,
    );
    await client.query(
      `INSERT INTO bastion_audit (${AUDIT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`,
      records.flatMap(auditRecordToValues),
    );
    await client.query(MOVE_HEAD, [seq, prevHash]);
    return records;
  };

  const append = createGroupCommit(async (batch: AuditFields[]) => {
    try {
      return await inTransaction(pool, 'BEGIN', (client) => appendWith(client, batch));
    } catch (cause) {
      throw writeFailure(cause);
    }
  });

  return {
    async append(entry) {
      return append(toAuditFields(entry, clock.now()));
    },

    async appendInTransaction(client, entry) {
      try {
        return (await appendWith(client, [toAuditFields(entry, clock.now())]))[0] as AuditRecord;
      } catch (cause) {
        throw writeFailure(cause);
      }
    },

    async verify(options) {
      try {
        // REPEATABLE READ: one snapshot for the whole walk while replicas keep appending.
        return await inTransaction(
          pool,
          'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
          async (client) => {
            const row = (await client.query<ChainRow>('SELECT * FROM bastion_audit_chain WHERE id = 1'))
              .rows[0];
            if (!row) return MISSING_HEAD;
            const state = {
              headSeq: Number(row.head_seq),
              headHash: row.head_hash,
              baseSeq: Number(row.base_seq),
              baseHash: row.base_hash,
            };
            const verifier = createChainVerifier(state, options);
            let after = -1;
            for (;;) {
              const { rows } = await client.query<AuditRow>(
                'SELECT * FROM bastion_audit WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3',
                [after, state.headSeq, PAGE],
              );
              for (const r of rows) {
                const bad = verifier.push(auditRowToRecord(r));
                if (bad) return bad;
              }
              if (rows.length < PAGE) return verifier.finish();
              after = Number((rows[rows.length - 1] as AuditRow).seq);
            }
          },
        );
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
      const readFailure = (cause: unknown) =>
        new BastionError('BASTION_ERR_STORE_READ', `audit: export failed: ${(cause as Error).message}`, {
          cause,
        });
      const bounds = await pool
        .query<{ first: string | null; last: string | null }>(
          'SELECT min(seq) AS first, max(seq) AS last FROM bastion_audit WHERE time >= $1 AND time < $2',
          [toIsoBound(options.since, '0000'), toIsoBound(options.until, '9999')],
        )
        .catch((cause: unknown) => {
          throw readFailure(cause);
        });
      const { first, last } = bounds.rows[0] ?? { first: null, last: null };
      if (first === null || last === null) return;
      // A contiguous seq range, so every export is a chain segment that verifies on its own (audit verify --file).
      let after = Number(first) - 1;
      for (;;) {
        const { rows } = await pool
          .query<AuditRow>('SELECT * FROM bastion_audit WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3', [
            after,
            Number(last),
            PAGE,
          ])
          .catch((cause: unknown) => {
            throw readFailure(cause);
          });
        for (const row of rows) yield auditRowToRecord(row);
        if (rows.length < PAGE) return;
        after = Number((rows[rows.length - 1] as AuditRow).seq);
      }
    },

    async purge(before): Promise<PurgeResult> {
      const cutoff = toIsoBound(before, '0000');
      let deleted = 0;
      let throughSeq: number | null = null;
      try {
        // Chunks keep the head row locked only briefly, so replicas' appends wait milliseconds, not the length
        // of a purge of millions of rows. Each chunk is a complete, anchored purge.
        for (;;) {
          const chunk = await inTransaction(pool, 'BEGIN', async (client) => {
            const head = (await client.query<ChainRow>(LOCK_HEAD)).rows[0] as ChainRow;
            const last = (
              await client.query<{ seq: string; hash: string }>(
                'SELECT seq, hash FROM bastion_audit WHERE time < $1 AND seq <= $2 ORDER BY seq DESC LIMIT 1',
                [cutoff, Number(head.base_seq) + PURGE_CHUNK],
              )
            ).rows[0];
            if (!last) return null;
            const seq = Number(last.seq);
            const removed =
              (await client.query('DELETE FROM bastion_audit WHERE seq <= $1', [seq])).rowCount ?? 0;
            await client.query('UPDATE bastion_audit_chain SET base_seq = $1, base_hash = $2 WHERE id = 1', [
              seq,
              last.hash,
            ]);
            await appendWith(client, [
              toAuditFields(purgeEntry(seq, last.hash, removed, cutoff), clock.now(), 'purge'),
            ]);
            return { removed, seq };
          });
          if (!chunk) break;
          deleted += chunk.removed;
          throughSeq = chunk.seq;
        }
      } catch (cause) {
        throw writeFailure(cause);
      }
      return { deleted, throughSeq };
    },

    async head() {
      const { rows } = await pool
        .query<ChainRow>('SELECT head_seq, head_hash FROM bastion_audit_chain WHERE id = 1')
        .catch((cause: unknown) => {
          throw new BastionError('BASTION_ERR_STORE_READ', `audit: head: ${(cause as Error).message}`, {
            cause,
          });
        });
      const row = rows[0] as ChainRow;
      return { seq: Number(row.head_seq), hash: row.head_hash };
    },
  };
}
