import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { decide, planAdjust, planConsume, usageBuckets, type CounterSlot } from '../counter-windows.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, LimitName, Reservation } from '../types.js';
import { createSqliteWriter, type SqliteWriter } from './sqlite-writer.js';

type CounterOp =
  | { kind: 'consume'; request: ConsumeRequest }
  | { kind: 'adjust'; reservation: Reservation; actual: { tokens: number; costUsd: number } };

/** A counter row as the batch sees it: read once, changed in memory, written once. */
interface Cell {
  value: number;
  resetAt: number;
  exists: boolean;
  dirty: boolean;
}

/**
 * Counters in the SQLite file: shared by every process on the host using the same file, and they survive restarts.
 * Check-and-consume runs inside an IMMEDIATE transaction, so two gateway processes cannot both take the last request.
 *
 * `consume` and `adjust` go through the store's writer: the calls of one event-loop turn are applied one after the
 * other, in arrival order, inside ONE transaction shared with the audit appends (each consume still all-or-nothing
 * and seeing the charges before it), so under load a commit carries many requests instead of one each.
 * `consumeSync` is the one-call-one-transaction variant for callers that need the answer synchronously.
 */
export function createSqliteCounters(
  db: Database.Database,
  clock: Clock,
  writer: SqliteWriter = createSqliteWriter(db),
): CounterStore & { consumeSync(request: ConsumeRequest): ConsumeResult } {
  const read = db.prepare<[string], { v: number }>('SELECT v FROM counters WHERE k = ?');
  const add = db.prepare(
    `INSERT INTO counters (k, v, reset_at) VALUES (?, ?, ?)
     ON CONFLICT (k) DO UPDATE SET v = max(0, v + excluded.v)`,
  );
  const put = db.prepare(
    `INSERT INTO counters (k, v, reset_at) VALUES (?, ?, ?)
     ON CONFLICT (k) DO UPDATE SET v = excluded.v`,
  );
  const sweep = db.prepare('DELETE FROM counters WHERE reset_at <= ?');
  let operations = 0;

  const maybeSweep = (count: number, now: number): void => {
    operations += count;
    if (operations < 4096) return;
    operations = 0;
    sweep.run(now);
  };

  /** Applies a turn's operations in order on cells read once; runs inside the writer's transaction. */
  const applyOps = (ops: CounterOp[]): (ConsumeResult | undefined)[] => {
    const cells = new Map<string, Cell>();
    const cell = (k: string, resetAt: number): Cell => {
      let c = cells.get(k);
      if (!c) {
        const row = read.get(k);
        c = { value: row?.v ?? 0, resetAt, exists: row !== undefined, dirty: false };
        cells.set(k, c);
      }
      return c;
    };
    const results = ops.map((op): ConsumeResult | undefined => {
      if (op.kind === 'adjust') {
        for (const { bucket, delta, resetAt } of planAdjust(op.reservation, op.actual)) {
          const c = cell(`${op.reservation.keyId}|${bucket}`, resetAt);
          // A window that expired (and was swept) has nothing left to correct, as with UPDATE … WHERE k.
          if (!c.exists) continue;
          c.value = Math.max(0, c.value + delta);
          c.dirty = true;
        }
        return undefined;
      }
      const now = op.request.now ?? clock.now();
      const { slots, reservation } = planConsume(op.request, now);
      // No limit configured: nothing to count, no write.
      if (slots.length === 0) return { allowed: true, reservation };
      const touched = slots.map((slot) => cell(`${op.request.keyId}|${slot.bucket}`, slot.resetAt));
      const result = decide(
        slots,
        touched.map((c) => c.value),
        reservation,
        now,
      );
      if (result.allowed) {
        slots.forEach((slot, i) => {
          const c = touched[i] as Cell;
          c.value += slot.amount;
          c.exists = true;
          c.dirty = true;
        });
      }
      return result;
    });
    for (const [k, c] of cells) if (c.dirty) put.run(k, c.value, c.resetAt);
    maybeSweep(ops.length, clock.now());
    return results;
  };

  const consumeOne = db.transaction(
    (keyId: string, slots: CounterSlot[], reservation: Reservation, now: number): ConsumeResult => {
      const keys = slots.map((slot) => `${keyId}|${slot.bucket}`);
      const used = keys.map((k) => read.get(k)?.v ?? 0);
      const result = decide(slots, used, reservation, now);
      if (result.allowed) slots.forEach((slot, i) => add.run(keys[i], slot.amount, slot.resetAt));
      maybeSweep(1, now);
      return result;
    },
  );

  const fail = (cause: unknown) =>
    cause instanceof BastionError
      ? cause
      : new BastionError('BASTION_ERR_STORE_COUNTERS', `counters: ${(cause as Error).message}`, { cause });

  const consumeSync = (request: ConsumeRequest): ConsumeResult => {
    const now = request.now ?? clock.now();
    const { slots, reservation } = planConsume(request, now);
    // No limit configured: nothing to count, no write on the hot path.
    if (slots.length === 0) return { allowed: true, reservation };
    try {
      return consumeOne.immediate(request.keyId, slots, reservation, now);
    } catch (cause) {
      throw fail(cause);
    }
  };

  const submit = writer.channel(applyOps);

  return {
    kind: 'sqlite',
    batchesConsume: true,
    consumeSync,
    async consume(request) {
      try {
        return (await submit({ kind: 'consume', request })) as ConsumeResult;
      } catch (cause) {
        throw fail(cause);
      }
    },
    async adjust(reservation, actual) {
      if (planAdjust(reservation, actual).length === 0) return;
      try {
        await submit({ kind: 'adjust', reservation, actual });
      } catch (cause) {
        throw fail(cause);
      }
    },
    async usage(keyId, now = clock.now()) {
      const out = {} as Record<LimitName, number>;
      for (const { limit, bucket, divisor } of usageBuckets(now)) {
        out[limit] = (read.get(`${keyId}|${bucket}`)?.v ?? 0) / divisor;
      }
      return out;
    },
    // The database belongs to the store; it closes it.
    async close() {},
  };
}
