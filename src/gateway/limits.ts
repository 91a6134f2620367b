import { BastionError } from '../core/errors/index.js';
import type { Logger } from '../core/log.js';
import type { ConsumeRequest, ConsumeResult, CounterStore, Reservation } from '../store/types.js';
import type { GatewayMetrics } from './metrics.js';

const LIMIT_WORDS: Record<string, string> = {
  rpm: 'requests per minute',
  tpm: 'tokens per minute',
  dailyBudgetUsd: 'daily budget (USD)',
  monthlyBudgetUsd: 'monthly budget (USD)',
};

function refuse(result: Extract<ConsumeResult, { allowed: false }>, metrics: GatewayMetrics): never {
  metrics.rateLimited.inc({ limit: result.limit });
  throw new BastionError(
    'BASTION_ERR_GATEWAY_RATE_LIMITED',
    `Limit exceeded: ${LIMIT_WORDS[result.limit] ?? result.limit} (limit ${result.limitValue}, used ${round(result.used)}); retry after ${result.retryAfterSeconds} s`,
    { details: { retryAfterSeconds: result.retryAfterSeconds, limit: result.limit } },
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Charges the estimate against every configured window atomically (all or nothing). Memory counters answer
 * synchronously, so the common case costs no promise; so do SQLite counters while this process's lease covers the
 * request, and otherwise they batch the requests of one event-loop turn into one transaction (one commit for many
 * requests under load).
 */
export function consumeLimits(
  counters: CounterStore,
  request: ConsumeRequest,
  metrics: GatewayMetrics,
): Reservation | Promise<Reservation> {
  if (counters.consumeSync && !counters.batchesConsume) {
    const result = counters.consumeSync(request);
    if (!result.allowed) refuse(result, metrics);
    return result.reservation;
  }
  // SQLite counters: most requests of a busy key fit in the quota this process leased, and need no commit.
  const leased = counters.consumeLeased?.(request);
  if (leased?.allowed) return leased.reservation;
  return counters.consume(request).then((result) => {
    if (!result.allowed) refuse(result, metrics);
    return result.reservation;
  });
}

/** Corrects the reservation to what the call really used. Never blocks the response; failures are logged. */
export function settleLimits(
  counters: CounterStore,
  reservation: Reservation,
  actual: { tokens: number; costUsd: number },
  log: Logger,
  requestId: string,
): void {
  if (reservation.tokens === actual.tokens && reservation.costUsd === actual.costUsd) return;
  counters.adjust(reservation, actual).catch((error: unknown) => {
    log.error('usage correction failed; the estimate stays charged', { requestId, error });
  });
}
