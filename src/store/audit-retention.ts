import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { AuditStore, PurgeResult } from './types.js';

export interface AuditRetentionOptions {
  retentionDays: number;
  clock: Clock;
  logger: Logger;
  /** How often to purge; default hourly (a purge with nothing old enough is one indexed read). */
  intervalMs?: number;
}

/**
 * Applies `audit.retentionDays` in a long-running process: purges once now, then on an interval. Failures are
 * logged and retried next time; they never affect requests. The timer is unref'd so it never keeps a process alive.
 *
 * @example
 * const retention = startAuditRetention(store.audit, { retentionDays: config.audit.retentionDays, clock, logger });
 * // on shutdown, before store.close():
 * await retention.stop();
 */
export function startAuditRetention(
  audit: AuditStore,
  options: AuditRetentionOptions,
): { runNow(): Promise<PurgeResult | null>; stop(): Promise<void> } {
  const { clock, logger } = options;
  let running: Promise<PurgeResult | null> | undefined;
  const runNow = (): Promise<PurgeResult | null> => {
    running ??= audit
      .purge(clock.now() - options.retentionDays * 86_400_000)
      .then(
        (result) => {
          if (result.deleted > 0) logger.info('audit retention: purged old records', { ...result });
          return result;
        },
        (error: unknown) => {
          logger.error('audit retention: purge failed; will retry', { error });
          return null;
        },
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), options.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
