/**
 * Group commit: appends that arrive while a write is pending are written together in ONE transaction.
 * Each caller's promise settles only after its own record is committed, so fail-closed semantics are unchanged
 * (nothing is acknowledged before it is durable), but under load one commit carries many records instead of one
 * each (the WAL write / PostgreSQL round trips dominate an append, not the hashing).
 * The first append after an idle period is flushed on the next `setImmediate`, so a lone request waits only
 * for the current event-loop turn.
 *
 * Why this is not the SQLite store's writer (sqlite/sqlite-writer.ts), although both batch per turn: here the write
 * is ASYNCHRONOUS (PostgreSQL round trips), so the batch boundary is "whatever queued while the previous write was
 * in flight" and the event loop keeps serving requests during the write; one kind of item (audit records), because
 * PostgreSQL's counters live in Redis, not in this database. The SQLite writer runs a SYNCHRONOUS transaction (the
 * event loop is blocked for its duration, so there is no "while in flight"), batches per turn, and carries several
 * kinds of item (counter charges, corrections, audit records) in one transaction with a savepoint each. Folding the
 * two together would add an async write loop to the synchronous path or channels to this one, for no caller.
 *
 * @example
 * const append = createGroupCommit((rows: Row[]) => db.transaction(() => rows.map(insert))());
 * const record = await append(row);
 */
export function createGroupCommit<T, R>(
  write: (items: T[]) => R[] | Promise<R[]>,
  maxBatch = 256,
): (item: T) => Promise<R> {
  interface Pending {
    item: T;
    resolve: (value: R) => void;
    reject: (error: unknown) => void;
  }
  let queue: Pending[] = [];
  let running = false;

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue;
      if (batch === queue) queue = [];
      try {
        const results = await write(batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(results[i] as R));
      } catch (error) {
        // The whole transaction rolled back: every record in it failed, none was half-written.
        for (const p of batch) p.reject(error);
      }
    }
    running = false;
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    });
}
