import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { LEASE_IDLE_MS, leaseGrant, unusedOf, type Lease } from '../counter-leases.js';
import { decide, planAdjust, planConsume, usageBuckets, type CounterSlot } from '../counter-windows.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, LimitName, Reservation } from '../types.js';
import { createSqliteWriter, type SqliteWriter } from './sqlite-writer.js';

type CounterOp =
  | { kind: 'consume'; request: ConsumeRequest }
  /** Corrections of charges no lease of this process holds (any more): straight to the shared counter. */
  | { kind: 'adjust'; keyId: string; changes: BucketChange[] }
  /** Charges a lease's excess (a correction above what was leased) to the shared counter. */
  | { kind: 'extend'; lease: Lease }
  /** Gives a lease's unused quota back to the shared counter. */
  | { kind: 'return'; lease: Lease };

type BucketChange = ReturnType<typeof planAdjust>[number];

/** A counter row as the batch sees it: read once, changed in memory, written once. */
interface Cell {
  value: number;
  resetAt: number;
  exists: boolean;
  dirty: boolean;
}

export interface SqliteCounterStore extends CounterStore {
  consumeSync(request: ConsumeRequest): ConsumeResult;
  consumeLeased(request: ConsumeRequest): ConsumeResult | undefined;
}

/**
 * Counters in the SQLite file: shared by every process on the host using the same file, and they survive restarts.
 * Check-and-consume runs inside an IMMEDIATE transaction, so two gateway processes cannot both take the last request.
 *
 * Requests consume from quota leases (../counter-leases.ts: the guarantee and its bound): `consumeLeased` answers
 * from memory while this process's lease covers a request, which is most requests of a busy key, so they need no
 * commit of their own; corrections within the lease are in memory too. When a lease runs short, `consume` goes
 * through the store's writer: the calls of one event-loop turn are applied one after the other, in arrival order,
 * inside ONE transaction shared with the audit appends (each consume still all-or-nothing and seeing the charges
 * before it), and an allowed one takes a new lease in that transaction. `consumeSync` is the one-call-one-transaction
 * variant without leases for callers that need the answer synchronously.
 */
export function createSqliteCounters(
  db: Database.Database,
  clock: Clock,
  writer: SqliteWriter = createSqliteWriter(db),
  options: { onLeaseError?: (error: unknown) => void } = {},
): SqliteCounterStore {
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

  /** This process's leases by counter key (`keyId|bucket`). */
  const leases = new Map<string, Lease>();
  /** Leases changed by the transaction being written, forgotten if it rolls back. */
  let touchedInTx: string[] = [];

  const maybeSweep = (count: number, now: number): void => {
    operations += count;
    if (operations < 4096) return;
    operations = 0;
    sweep.run(now);
  };

  const leaseFor = (k: string, slot: CounterSlot): Lease => {
    let lease = leases.get(k);
    if (!lease) {
      lease = { k, leased: 0, used: 0, max: slot.max, resetAt: slot.resetAt, touchedAt: clock.now() };
      leases.set(k, lease);
    }
    return lease;
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
      if (op.kind === 'return' || op.kind === 'extend') {
        // Only if the lease is still this process's current one for the window (not forgotten after a rollback).
        if (leases.get(op.lease.k) !== op.lease) return undefined;
        const c = cell(op.lease.k, op.lease.resetAt);
        // A window that expired (and was swept) has nothing left to give back or charge.
        if (!c.exists) return undefined;
        const delta =
          op.kind === 'return' ? -unusedOf(op.lease) : Math.max(0, op.lease.used - op.lease.leased);
        if (delta === 0) return undefined;
        c.value = Math.max(0, c.value + delta);
        c.dirty = true;
        op.lease.leased += delta;
        touchedInTx.push(op.lease.k);
        return undefined;
      }
      if (op.kind === 'adjust') {
        for (const { bucket, delta, resetAt } of op.changes) {
          const c = cell(`${op.keyId}|${bucket}`, resetAt);
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
      const keys = slots.map((slot) => `${op.request.keyId}|${slot.bucket}`);
      const touched = keys.map((k, i) => cell(k, (slots[i] as CounterSlot).resetAt));
      // A limit changed since the lease was taken (a config reload): its unused part goes back first, so
      // a lowered limit binds at once instead of after the slice leased under the old one.
      slots.forEach((slot, i) => {
        const lease = leases.get(keys[i] as string);
        if (lease === undefined || lease.max === slot.max) return;
        const c = touched[i] as Cell;
        if (c.exists && unusedOf(lease) > 0) {
          c.value = Math.max(0, c.value - unusedOf(lease));
          c.dirty = true;
        }
        lease.leased = lease.used;
        lease.max = slot.max;
        touchedInTx.push(lease.k);
      });
      // What the shared counter says, less this process's unused lease: the best knowledge of what is really used.
      const result = decide(
        slots,
        touched.map((c, i) => c.value - unusedOf(leases.get(keys[i] as string))),
        reservation,
        now,
      );
      if (result.allowed) {
        slots.forEach((slot, i) => {
          const k = keys[i] as string;
          const lease = leaseFor(k, slot);
          const shortfall = slot.amount - unusedOf(lease);
          if (shortfall > 0) {
            const c = touched[i] as Cell;
            const grant = leaseGrant(slot, shortfall, slot.max - c.value);
            c.value += grant;
            c.exists = true;
            c.dirty = true;
            lease.leased += grant;
            touchedInTx.push(k);
          }
          lease.used += slot.amount;
          lease.touchedAt = clock.now();
        });
      }
      return result;
    });
    for (const [k, c] of cells) if (c.dirty) put.run(k, c.value, c.resetAt);
    maybeSweep(ops.length, clock.now());
    return results;
  };

  // Synchronously after each transaction: a rolled-back one never wrote the leases it granted or returned, so this
  // process forgets those leases (the shared counter then counts whatever it still holds of them as used until the
  // window ends: the safe side). Nothing else runs between the rollback and this.
  const settled = (committed: boolean): void => {
    if (!committed) for (const k of touchedInTx) leases.delete(k);
    touchedInTx = [];
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

  const consumeLeased = (request: ConsumeRequest): ConsumeResult | undefined => {
    const now = request.now ?? clock.now();
    const { slots, reservation } = planConsume(request, now);
    if (slots.length === 0) return { allowed: true, reservation };
    const charged: Lease[] = [];
    for (const slot of slots) {
      const lease = leases.get(`${request.keyId}|${slot.bucket}`);
      // A changed limit (lease.max) is decided by the store, which also trims the lease to it.
      if (lease === undefined || lease.max !== slot.max || unusedOf(lease) < slot.amount) return undefined;
      charged.push(lease);
    }
    const at = clock.now();
    charged.forEach((lease, i) => {
      lease.used += (slots[i] as CounterSlot).amount;
      lease.touchedAt = at;
    });
    return { allowed: true, reservation };
  };

  const submit = writer.channel(applyOps, settled);

  /**
   * Applies corrections to this process's lease of each charged window, in memory; returns the corrections of
   * windows it holds no lease of (ended, or forgotten after a rollback: the shared counter holds the charge) and the
   * leases a correction pushed over what they leased (the excess must be charged). Which lease took the original
   * charge does not matter: the shared counter only has to stay at or above what the processes really used, and a
   * correction applied once to any current lease of the same key and window keeps it so (a charge of a forgotten
   * lease is still counted whole in the shared counter).
   */
  const adjustInLease = (
    reservation: Reservation,
    actual: { tokens: number; costUsd: number },
  ): { direct: BucketChange[]; excess: Lease[] } => {
    const direct: BucketChange[] = [];
    const excess: Lease[] = [];
    for (const change of planAdjust(reservation, actual)) {
      const lease = leases.get(`${reservation.keyId}|${change.bucket}`);
      if (lease === undefined) {
        direct.push(change);
        continue;
      }
      lease.used = Math.max(0, lease.used + change.delta);
      lease.touchedAt = clock.now();
      if (lease.used > lease.leased) excess.push(lease);
    }
    return { direct, excess };
  };

  // Gives idle leases back and forgets ended windows. Unref'd: never keeps a process alive.
  const idle = setInterval(() => {
    const now = clock.now();
    for (const [k, lease] of leases) {
      if (lease.resetAt <= now) leases.delete(k);
      else if (unusedOf(lease) > 0 && now - lease.touchedAt >= LEASE_IDLE_MS) {
        // A failed return leaves the quota counted as spent until the window ends (the safe side); reported.
        submit({ kind: 'return', lease }).catch((error: unknown) => options.onLeaseError?.(error));
      }
    }
  }, LEASE_IDLE_MS);
  idle.unref();

  const giveBack = db.prepare('UPDATE counters SET v = max(0, v - ?) WHERE k = ?');
  const returnAll = db.transaction(() => {
    for (const [k, lease] of leases) {
      const unused = unusedOf(lease);
      if (unused > 0) giveBack.run(unused, k);
    }
  });

  return {
    kind: 'sqlite',
    batchesConsume: true,
    consumeSync,
    consumeLeased,
    async consume(request) {
      try {
        return (await submit({ kind: 'consume', request })) as ConsumeResult;
      } catch (cause) {
        throw fail(cause);
      }
    },
    async adjust(reservation, actual) {
      const { direct, excess } = adjustInLease(reservation, actual);
      if (direct.length === 0 && excess.length === 0) return;
      try {
        const writes: Promise<unknown>[] = excess.map((lease) => submit({ kind: 'extend', lease }));
        if (direct.length > 0)
          writes.push(submit({ kind: 'adjust', keyId: reservation.keyId, changes: direct }));
        await Promise.all(writes);
      } catch (cause) {
        throw fail(cause);
      }
    },
    async usage(keyId, now = clock.now()) {
      const out = {} as Record<LimitName, number>;
      for (const { limit, bucket, divisor } of usageBuckets(now)) {
        const k = `${keyId}|${bucket}`;
        out[limit] = ((read.get(k)?.v ?? 0) - unusedOf(leases.get(k))) / divisor;
      }
      return out;
    },
    // The database belongs to the store, which closes it after this: unused quota goes back first, so a restart
    // (or the other processes on the file) can use it.
    async close() {
      clearInterval(idle);
      if (!db.open) return;
      try {
        returnAll.immediate();
      } catch (error) {
        options.onLeaseError?.(error);
      }
      leases.clear();
    },
  };
}
