import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { decide, planAdjust, planConsume, usageBuckets, type CounterSlot } from '../counter-windows.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, LimitName, Reservation } from '../types.js';

/**
 * Counters in the SQLite file: shared by every process on the host using the same file, and they survive restarts.
 * Check-and-consume runs as one IMMEDIATE transaction, so two gateway processes cannot both take the last request.
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

  const consumeTx = db.transaction(
    (keyId: string, slots: CounterSlot[], reservation: Reservation, now: number): ConsumeResult => {
      const keys = slots.map((slot) => `${keyId}|${slot.bucket}`);
      const used = keys.map((k) => read.get(k)?.v ?? 0);
      const result = decide(slots, used, reservation, now);
      if (result.allowed) slots.forEach((slot, i) => add.run(keys[i], slot.amount, slot.resetAt));
      if (++operations % 4096 === 0) sweep.run(now);
      return result;
    },
  );

  const fail = (cause: unknown) =>
    new BastionError('BASTION_ERR_STORE_COUNTERS', `counters: ${(cause as Error).message}`, { cause });

  const consumeSync = (request: ConsumeRequest): ConsumeResult => {
    const now = request.now ?? clock.now();
    const { slots, reservation } = planConsume(request, now);
    // No limit configured: nothing to count, no write on the hot path.
    if (slots.length === 0) return { allowed: true, reservation };
    try {
      return consumeTx.immediate(request.keyId, slots, reservation, now);
    } catch (cause) {
      throw fail(cause);
    }
  };

  return {
    kind: 'sqlite',
    consumeSync,
    consume: async (request) => consumeSync(request),
    async adjust(reservation, actual) {
      const changes = planAdjust(reservation, actual);
      if (changes.length === 0) return;
      try {
        db.transaction(() => {
          for (const { bucket, delta } of changes) correct.run(delta, `${reservation.keyId}|${bucket}`);
        })();
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
