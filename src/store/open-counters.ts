import type { Clock } from '../core/clock.js';
import { BastionError } from '../core/errors/index.js';
import type { Logger } from '../core/log.js';
import { createMemoryCounters } from './counters-memory.js';
import type { CounterStore } from './types.js';

/**
 * Counters that do not live in the main store: `memory`, or `redis://…` (shared by replicas).
 * `sqlite` is handled by the SQLite store itself (same file); with a PostgreSQL store it falls back to memory
 * with a warning, because a per-host SQLite file would not be shared across replicas either.
 */
export async function openCounters(
  url: string,
  options: { clock: Clock; logger: Logger; counterPrefix?: string },
): Promise<CounterStore> {
  if (url === 'memory') return createMemoryCounters(options.clock);
  if (url === 'sqlite') {
    options.logger.warn(
      'store: counters "sqlite" needs a sqlite:// store; counting in memory (per process). Set counters: redis://… to share limits across replicas.',
    );
    return createMemoryCounters(options.clock);
  }
  if (/^rediss?:\/\//.test(url)) {
    // Loaded only when configured: SQLite-only deployments never load ioredis.
    const { openRedisCounters } = await import('./redis/redis-counters.js');
    return openRedisCounters(url, options);
  }
  throw new BastionError(
    'BASTION_ERR_STORE_URL_INVALID',
    `counters "${url}": expected memory, sqlite or redis://…`,
  );
}
