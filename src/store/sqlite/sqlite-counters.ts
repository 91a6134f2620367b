import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { decide, planAdjust, planConsume, usageBuckets, type CounterSlot } from '../counter-windows.js';
import { createGroupCommit } from '../group-commit.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, LimitName, Reservation } from '../types.js';

interface Correction {
  reservation: Reservation;
  actual: { tokens: number; costUsd: number };
}

/**
 * Counters in the SQLite file: shared by every process on the host using the same file, and they survive restarts.
 * Check-and-consume runs inside an IMMEDIATE transaction, so two gateway processes cannot both take the last request.
 *
 * `consume` and `adjust` use group commit: the calls that arrive in one event-loop turn are decided one after
 * the other inside ONE transaction (each still all-or-nothing, each seeing the charges of those before it), so
 * under load a commit carries many requests instead of one. `consumeSync` is the one-call-one-transaction
 * variant for callers that need the answer synchronously.
 */
export function createSqliteCounters(
  db: Database.Database,
  clock: Clock,
): CounterStore & { consumeSync(request: ConsumeRequest): ConsumeResult } {
  const read = db.prepare<[string], { v: number }>('SELECT v FROM counters WHERE k = ?');
  const add = db.prepare(
    `INSERT INTO counters (k, v, reset_at) VALUES (?, ?, ?)
     ON CONFLICT (k) DO UPDATE SET v = max(0, v + excluded.v)`,
  );
  const correct = db.prepare('UPDATE counters SET v = max(0, v + ?) WHERE k = ?');
  const sweep = db.prepare('DELETE FROM counters WHERE reset_at <= ?');
  let operations = 0;

  /**
   * Decides a batch in order. Values are read once per counter and kept in a map, so later requests in the
   * batch see the charges of earlier ones; each touched counter is written once at the end (same transaction).
   */
  const consumeBatch = db.transaction((requests: ConsumeRequest[]): ConsumeResult[] => {
    const values = new Map<string, { used: number; charged: number; resetAt: number }>();
    const results = requests.map((request): ConsumeResult => {
      const now = request.now ?? clock.now();
      const { slots, reservation } = planConsume(request, now);
      // No limit configured: nothing to count, no write.
      if (slots.length === 0) return { allowed: true, reservation };
      const cells = slots.map((slot) => {
        const k = `${request.keyId}|${slot.bucket}`;
        let cell = values.get(k);
        if (!cell) {
          cell = { used: read.get(k)?.v ?? 0, charged: 0, resetAt: slot.resetAt };
          values.set(k, cell);
        }
        return cell;
      });
      const result = decide(
        slots,
        cells.map((c) => c.used),
        reservation,
        now,
      );
      if (result.allowed) {
        slots.forEach((slot, i) => {
          const cell = cells[i] as { used: number; charged: number };
          cell.used += slot.amount;
          cell.charged += slot.amount;
        });
      }
      return result;
    });
    for (const [k, cell] of values) if (cell.charged > 0) add.run(k, cell.charged, cell.resetAt);
    operations += requests.length;
    if (operations >= 4096) {
      operations = 0;
      sweep.run(clock.now());
    }
    return results;
  });

  const consumeOne = db.transaction(
    (keyId: string, slots: CounterSlot[], reservation: Reservation, now: number): ConsumeResult => {
      const keys = slots.map((slot) => `${keyId}|${slot.bucket}`);
      const used = keys.map((k) => read.get(k)?.v ?? 0);
      const result = decide(slots, used, reservation, now);
      if (result.allowed) slots.forEach((slot, i) => add.run(keys[i], slot.amount, slot.resetAt));
      if (++operations >= 4096) {
        operations = 0;
        sweep.run(now);
      }
      return result;
    },
  );

  /** Corrections applied in arrival order; each floors at zero exactly as if it had its own UPDATE. */
  const adjustBatch = db.transaction((corrections: Correction[]): void[] => {
    for (const { reservation, actual } of corrections) {
      for (const { bucket, delta } of planAdjust(reservation, actual)) {
        correct.run(delta, `${reservation.keyId}|${bucket}`);
      }
    }
    return corrections.map(() => undefined);
  });

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

  const consume = createGroupCommit((requests: ConsumeRequest[]): ConsumeResult[] => {
    try {
      return consumeBatch.immediate(requests);
    } catch (cause) {
      throw fail(cause);
    }
  });

  const adjust = createGroupCommit((corrections: Correction[]): void[] => {
    try {
      return adjustBatch.immediate(corrections);
    } catch (cause) {
      throw fail(cause);
    }
  });

  return {
    kind: 'sqlite',
    batchesConsume: true,
    consumeSync,
    consume,
    async adjust(reservation, actual) {
      if (planAdjust(reservation, actual).length === 0) return;
      await adjust({ reservation, actual });
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
