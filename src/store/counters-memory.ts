import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import { decide, planAdjust, planConsume, usageBuckets } from './counter-windows.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, LimitName } from './types.js';

interface Cell {
  value: number;
  resetAt: number;
}

/**
 * Counters in this process's memory: the fastest option, exact for a single gateway, but each replica counts on
 * its own. Expired windows are swept every few thousand operations so memory stays bounded by active keys.
 *
 * @example
 * const counters = createMemoryCounters();
 * const verdict = counters.consumeSync({ keyId, limits: { rpm: 60 }, tokens: 500, costUsd: 0.001 });
 */
export function createMemoryCounters(clock: Clock = systemClock): CounterStore & {
  consumeSync(request: ConsumeRequest): ConsumeResult;
} {
  const cells = new Map<string, Cell>();
  let operations = 0;

  const sweep = (now: number) => {
    for (const [key, cell] of cells) if (cell.resetAt <= now) cells.delete(key);
  };

  const consumeSync = (request: ConsumeRequest): ConsumeResult => {
    const now = request.now ?? clock.now();
    if (++operations % 4096 === 0) sweep(now);
    const { slots, reservation } = planConsume(request, now);
    if (slots.length === 0) return { allowed: true, reservation };
    const keys = slots.map((slot) => `${request.keyId}|${slot.bucket}`);
    const used = keys.map((key) => cells.get(key)?.value ?? 0);
    const result = decide(slots, used, reservation, now);
    if (!result.allowed) return result;
    slots.forEach((slot, i) => {
      const key = keys[i] as string;
      const cell = cells.get(key);
      if (cell) cell.value += slot.amount;
      else cells.set(key, { value: slot.amount, resetAt: slot.resetAt });
    });
    return result;
  };

  return {
    kind: 'memory',
    consumeSync,
    consume: async (request) => consumeSync(request),
    async adjust(reservation, actual) {
      for (const { bucket, delta } of planAdjust(reservation, actual)) {
        const cell = cells.get(`${reservation.keyId}|${bucket}`);
        // A window that already expired has nothing left to correct.
        if (cell) cell.value = Math.max(0, cell.value + delta);
      }
    },
    async usage(keyId, now = clock.now()) {
      const out = {} as Record<LimitName, number>;
      for (const { limit, bucket, divisor } of usageBuckets(now)) {
        out[limit] = (cells.get(`${keyId}|${bucket}`)?.value ?? 0) / divisor;
      }
      return out;
    },
    async close() {
      cells.clear();
    },
  };
}
