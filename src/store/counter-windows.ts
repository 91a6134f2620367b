import type { ConsumeRequest, ConsumeResult, LimitName, Reservation } from './types.js';

/**
 * Fixed windows: the UTC minute for rpm/tpm, the UTC day and calendar month for budgets.
 * Fixed windows cost one counter per limit and give an exact Retry-After (the window's end); the price is that a
 * client may burst up to twice a per-minute limit across a minute boundary, the same trade LiteLLM and
 * most gateways make. Budgets follow the calendar, as invoices do.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Costs are counted in integer micro-dollars so sums never drift (and Redis INCRBY works). */
export const MICRO_USD = 1_000_000;

export function minuteIndex(now: number): number {
  return Math.floor(now / MINUTE_MS);
}
export function dayIndex(now: number): number {
  return Math.floor(now / DAY_MS);
}
export function monthIndex(now: number): number {
  const d = new Date(now);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}
function monthEnd(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), (month % 12) + 1, 1);
}

/** One counter a request touches: which limit, its bucket key suffix, how much to add, the cap, when it resets. */
export interface CounterSlot {
  readonly limit: LimitName;
  /** Unique per key id, limit and window, e.g. `rpm:29474821`. */
  readonly bucket: string;
  readonly amount: number;
  readonly max: number;
  /** Wall-clock ms when the window ends. */
  readonly resetAt: number;
}

export function toMicroUsd(usd: number): number {
  return Math.round(usd * MICRO_USD);
}

/**
 * What a request's cost charges to a budget: rounded UP to the micro-dollar, so a flood of requests each costing less
 * than half a micro-dollar still spends the budget instead of charging nothing. The small tolerance keeps float noise
 * (3.0000000001) from charging an extra micro-dollar.
 */
export function chargeMicroUsd(usd: number): number {
  return usd > 0 ? Math.ceil(usd * MICRO_USD - 1e-6) : 0;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** The slots a request charges, one per configured limit, plus its reservation. */
export function planConsume(
  request: ConsumeRequest,
  now: number,
): { slots: CounterSlot[]; reservation: Reservation } {
  const minute = minuteIndex(now);
  const day = dayIndex(now);
  const month = monthIndex(now);
  const tokens = Math.ceil(nonNegative(request.tokens));
  const cost = chargeMicroUsd(nonNegative(request.costUsd));
  const { limits } = request;
  const slots: CounterSlot[] = [];
  if (limits.rpm !== undefined) {
    slots.push({
      limit: 'rpm',
      bucket: `rpm:${minute}`,
      amount: 1,
      max: limits.rpm,
      resetAt: (minute + 1) * MINUTE_MS,
    });
  }
  if (limits.tpm !== undefined) {
    slots.push({
      limit: 'tpm',
      bucket: `tpm:${minute}`,
      amount: tokens,
      max: limits.tpm,
      resetAt: (minute + 1) * MINUTE_MS,
    });
  }
  if (limits.dailyBudgetUsd !== undefined) {
    slots.push({
      limit: 'dailyBudgetUsd',
      bucket: `day:${day}`,
      amount: cost,
      max: toMicroUsd(limits.dailyBudgetUsd),
      resetAt: (day + 1) * DAY_MS,
    });
  }
  if (limits.monthlyBudgetUsd !== undefined) {
    slots.push({
      limit: 'monthlyBudgetUsd',
      bucket: `month:${month}`,
      amount: cost,
      max: toMicroUsd(limits.monthlyBudgetUsd),
      resetAt: monthEnd(month),
    });
  }
  const reservation: Reservation = {
    keyId: request.keyId,
    tokens,
    costUsd: cost / MICRO_USD,
    minute,
    day,
    month,
    charged: slots.map((s) => s.limit),
  };
  return { slots, reservation };
}

/**
 * Decides from the amounts already used (same order as `slots`). A denial names the limit whose window
 * ends last, because retrying before then would be refused again.
 */
export function decide(
  slots: readonly CounterSlot[],
  used: readonly number[],
  reservation: Reservation,
  now: number,
): ConsumeResult {
  let worst: { slot: CounterSlot; used: number } | undefined;
  slots.forEach((slot, i) => {
    const current = used[i] ?? 0;
    if (current + slot.amount > slot.max && (!worst || slot.resetAt > worst.slot.resetAt)) {
      worst = { slot, used: current };
    }
  });
  if (!worst) return { allowed: true, reservation };
  const isBudget = worst.slot.limit === 'dailyBudgetUsd' || worst.slot.limit === 'monthlyBudgetUsd';
  return {
    allowed: false,
    limit: worst.slot.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((worst.slot.resetAt - now) / 1000)),
    limitValue: isBudget ? worst.slot.max / MICRO_USD : worst.slot.max,
    used: isBudget ? worst.used / MICRO_USD : worst.used,
  };
}

/** The buckets and deltas `adjust` applies: tokens to the charged minute, cost to the charged day and month. */
export function planAdjust(
  reservation: Reservation,
  actual: { tokens: number; costUsd: number },
): { bucket: string; delta: number; resetAt: number }[] {
  const tokenDelta = Math.ceil(nonNegative(actual.tokens)) - reservation.tokens;
  const costDelta = chargeMicroUsd(nonNegative(actual.costUsd)) - chargeMicroUsd(reservation.costUsd);
  const out: { bucket: string; delta: number; resetAt: number }[] = [];
  for (const limit of reservation.charged) {
    if (limit === 'tpm' && tokenDelta !== 0) {
      out.push({
        bucket: `tpm:${reservation.minute}`,
        delta: tokenDelta,
        resetAt: (reservation.minute + 1) * MINUTE_MS,
      });
    } else if (limit === 'dailyBudgetUsd' && costDelta !== 0) {
      out.push({
        bucket: `day:${reservation.day}`,
        delta: costDelta,
        resetAt: (reservation.day + 1) * DAY_MS,
      });
    } else if (limit === 'monthlyBudgetUsd' && costDelta !== 0) {
      out.push({
        bucket: `month:${reservation.month}`,
        delta: costDelta,
        resetAt: monthEnd(reservation.month),
      });
    }
  }
  return out;
}

/** The buckets `usage()` reads for a key at `now`, with the unit divisor to report. */
export function usageBuckets(now: number): { limit: LimitName; bucket: string; divisor: number }[] {
  return [
    { limit: 'rpm', bucket: `rpm:${minuteIndex(now)}`, divisor: 1 },
    { limit: 'tpm', bucket: `tpm:${minuteIndex(now)}`, divisor: 1 },
    { limit: 'dailyBudgetUsd', bucket: `day:${dayIndex(now)}`, divisor: MICRO_USD },
    { limit: 'monthlyBudgetUsd', bucket: `month:${monthIndex(now)}`, divisor: MICRO_USD },
  ];
}
