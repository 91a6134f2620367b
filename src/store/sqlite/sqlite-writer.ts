import diagnostics from 'node:diagnostics_channel';
import type Database from 'better-sqlite3';

/**
 * Every write transaction of the writer, for latency tools (bench/gateway/tail.ts): `{ startMs, ms, items }` on the
 * `performance.now()` clock. Nothing is measured or published while nobody subscribes.
 */
export const SQLITE_TRANSACTION_CHANNEL = diagnostics.channel('bastion:store:sqlite-transaction');

/** Writes of one kind, batched: `write` gets every item queued in the turn and returns one result per item. */
export type WriterChannel<T, R> = (item: T) => Promise<R>;

export interface SqliteWriter {
  /**
   * A queue whose items are written by `write` inside the writer's shared transaction. Channels are flushed in
   * the order they were created; each runs in its own savepoint, so a failing channel rolls back (and rejects)
   * only its own items.
   */
  channel<T, R>(write: (items: T[]) => R[], settled?: (committed: boolean) => void): WriterChannel<T, R>;
}

interface Channel {
  items: unknown[];
  waiters: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[];
  write: (items: unknown[]) => unknown[];
  /**
   * Called synchronously after each transaction in which `write` ran: whether its items were committed. State a
   * channel keeps beside the database (the counters' leases) is undone here on a rollback, before any other code
   * can act on it.
   */
  settled: ((committed: boolean) => void) | undefined;
}

/**
 * One write transaction per event-loop turn for everything a process writes to one SQLite file on the request
 * path (audit appends, counter charges and corrections): group commit across kinds. Each caller's promise settles
 * only after the COMMIT of the transaction holding its item, so nothing is acknowledged before it is written
 * (fail-closed semantics are unchanged), and a request that both corrects its counters and appends its audit
 * record pays for one commit, not two. The transaction is IMMEDIATE, so other processes on the same file are
 * serialised by SQLite's write lock exactly as before. `afterTransaction` runs after each transaction, committed or
 * not (the store arms its idle WAL checkpoint there). PostgreSQL batches its audit appends differently (an async write
 * loop, one kind of item): see ../group-commit.ts for why the two are not one mechanism.
 *
 * @example
 * const writer = createSqliteWriter(db);
 * const append = writer.channel((rows: Row[]) => rows.map(insertRow));
 * await append(row);
 */
export function createSqliteWriter(
  db: Database.Database,
  maxItems = 512,
  afterTransaction: () => void = () => {},
): SqliteWriter {
  const channels: Channel[] = [];
  let scheduled = false;

  // Nested db.transaction() calls run as savepoints inside the outer transaction.
  const inSavepoint = db.transaction((channel: Channel, items: unknown[]) => channel.write(items));

  // A turn that queued items of one channel only (every turn of a lone request: its limit check, or its audit
  // record without a counter correction) needs no savepoint: a failure rolls back the transaction, which holds that
  // channel's items alone, and rejects them, exactly as the savepoint would. Two statements fewer per commit.
  const singleTx = db.transaction((channel: Channel, items: unknown[]) => {
    const results = channel.write(items);
    if (results.length !== items.length)
      throw new Error('writer channel returned the wrong number of results');
    return results;
  });

  const flushTx = db.transaction((batch: { channel: Channel; items: unknown[] }[]) =>
    batch.map(({ channel, items }) => {
      try {
        const results = inSavepoint(channel, items);
        if (results.length !== items.length)
          throw new Error('writer channel returned the wrong number of results');
        return { ok: true as const, results };
      } catch (error) {
        // Some errors (SQLITE_FULL, SQLITE_IOERR) make SQLite roll back the whole transaction, not just the
        // savepoint: then nothing of this turn was written, and every item fails with that cause.
        if (!db.inTransaction) throw error;
        return { ok: false as const, error };
      }
    }),
  );

  const flush = (): void => {
    scheduled = false;
    const batch: { channel: Channel; items: unknown[]; waiters: Channel['waiters'] }[] = [];
    let budget = maxItems;
    for (const channel of channels) {
      if (channel.items.length === 0 || budget <= 0) continue;
      const n = Math.min(channel.items.length, budget);
      budget -= n;
      batch.push({ channel, items: channel.items.splice(0, n), waiters: channel.waiters.splice(0, n) });
    }
    if (channels.some((c) => c.items.length > 0)) schedule();
    if (batch.length === 0) return;
    let outcomes: ReturnType<typeof flushTx>;
    const startMs = SQLITE_TRANSACTION_CHANNEL.hasSubscribers ? performance.now() : 0;
    try {
      const only = batch.length === 1 ? batch[0] : undefined;
      outcomes = only
        ? [{ ok: true as const, results: singleTx.immediate(only.channel, only.items) }]
        : flushTx.immediate(batch);
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, locked too long), or the one channel of the turn failed: the whole
      // transaction rolled back, every item failed.
      for (const { channel } of batch) channel.settled?.(false);
      for (const { waiters } of batch) for (const w of waiters) w.reject(error);
      return;
    } finally {
      if (startMs > 0) {
        const items = batch.reduce((n, b) => n + b.items.length, 0);
        SQLITE_TRANSACTION_CHANNEL.publish({ startMs, ms: performance.now() - startMs, items });
      }
      afterTransaction();
    }
    batch.forEach(({ channel }, i) => channel.settled?.((outcomes[i] as (typeof outcomes)[number]).ok));
    batch.forEach(({ waiters }, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (outcome.ok) waiters.forEach((w, j) => w.resolve(outcome.results[j]));
      else for (const w of waiters) w.reject(outcome.error);
    });
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    // After this turn's I/O callbacks: every request handled in the turn joins the same transaction.
    setImmediate(flush);
  };

  return {
    channel<T, R>(write: (items: T[]) => R[], settled?: (committed: boolean) => void): WriterChannel<T, R> {
      const channel: Channel = {
        items: [],
        waiters: [],
        write: write as (items: unknown[]) => unknown[],
        settled,
      };
      channels.push(channel);
      return (item: T) =>
        new Promise<R>((resolve, reject) => {
          channel.items.push(item);
          channel.waiters.push({ resolve: resolve as (value: unknown) => void, reject });
          schedule();
        });
    },
  };
}
