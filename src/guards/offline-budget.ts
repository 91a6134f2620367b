import type { GuardsConfig } from '../core/config/index.js';

/** Offline scans get this long per scanner before the scanner counts as failed. */
export const OFFLINE_TIME_BUDGET_MS = 10_000;

/**
 * The guards config for a scan nobody is waiting on (`bastion scan`, docs ingest, red-team grading). The time budget
 * exists to protect request latency in the gateway; offline, a tight one fails closed at random on a busy machine
 * and always on large input (a 2 MB file takes longer than the default 50 ms), which would block or quarantine text
 * for being long rather than for what it says.
 */
export function offlineGuards(guards: GuardsConfig): GuardsConfig {
  return { ...guards, timeBudget: Math.max(guards.timeBudget, OFFLINE_TIME_BUDGET_MS) };
}
