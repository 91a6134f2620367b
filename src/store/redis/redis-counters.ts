import { Redis } from 'ioredis';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import { redactUrl } from '../open-store.js';
import { decide, planAdjust, planConsume, usageBuckets } from '../counter-windows.js';
import type { ConsumeResult, CounterStore, LimitName } from '../types.js';

/**
 * Check-and-consume in ONE script so replicas cannot interleave between the check and the increment: Redis runs a
 * script atomically. KEYS are the window counters; ARGV holds (amount, max, msUntilReset) per key (relative, so the
expiry follows the caller's clock). Returns an empty
 * array when everything was charged, else (index, used) pairs of every exhausted window, having charged nothing.
 * Each counter expires a minute after its window ends, so idle keys cost no memory.
 */
const CONSUME = `
local denied = {}
local used = {}
for i = 1, #KEYS do
  local base = (i - 1) * 3
  local current = tonumber(redis.call('GET', KEYS[i]) or '0')
  used[i] = current
  if current + tonumber(ARGV[base + 1]) > tonumber(ARGV[base + 2]) then
    denied[#denied + 1] = i
    denied[#denied + 1] = current
  end
end
if #denied > 0 then return denied end
for i = 1, #KEYS do
  local base = (i - 1) * 3
  redis.call('INCRBY', KEYS[i], ARGV[base + 1])
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[base + 3]) + 60000)
end
return {}
`;

/** Corrections only touch windows that still exist, and never go below zero (KEEPTTL keeps the expiry). */
const ADJUST = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    local v = redis.call('INCRBY', KEYS[i], ARGV[i])
    if v < 0 then redis.call('SET', KEYS[i], 0, 'KEEPTTL') end
  end
end
return 0
`;

type BastionRedis = Redis & {
  bastionConsume(numKeys: number, ...args: (string | number)[]): Promise<number[]>;
  bastionAdjust(numKeys: number, ...args: (string | number)[]): Promise<number>;
};

/**
 * Counters shared by every gateway replica. Commands fail fast when Redis is unreachable (no offline queue, a
 * command timeout) so the gateway answers 503 instead of hanging.
 *
 * @example
 * const counters = await openRedisCounters('redis://127.0.0.1:6379', { clock, logger });
 */
export async function openRedisCounters(
  url: string,
  options: { clock: Clock; logger: Logger; counterPrefix?: string },
): Promise<CounterStore> {
  const prefix = options.counterPrefix ?? 'bastion';
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    commandTimeout: 1000,
    // A script whose reply was lost may already have charged the windows; re-sending it after a reconnect would
    // charge twice. Failing the request (503) is the honest answer.
    autoResendUnfulfilledCommands: false,
    // Named so operators (and tests) can tell Bastion's connections apart in CLIENT LIST.
    connectionName: prefix,
  }) as BastionRedis;
  redis.defineCommand('bastionConsume', { lua: CONSUME });
  redis.defineCommand('bastionAdjust', { lua: ADJUST });
  // ioredis reconnects by itself; log instead of crashing on the emitted 'error'.
  redis.on('error', (error: Error) =>
    options.logger.warn('store: redis counters error', { error: error.message }),
  );
  try {
    await redis.connect();
  } catch (cause) {
    redis.disconnect();
    throw new BastionError('BASTION_ERR_STORE_UNAVAILABLE', `counters ${redactUrl(url)}: cannot connect`, {
      cause,
    });
  }

  // The {keyId} hash tag puts all of a key's windows in one Redis Cluster slot, as a multi-key script requires.
  const redisKey = (keyId: string, bucket: string) => `${prefix}:{${keyId}}:${bucket}`;
  const fail = (cause: unknown) =>
    new BastionError('BASTION_ERR_STORE_COUNTERS', `counters: redis: ${(cause as Error).message}`, { cause });

  return {
    kind: 'redis',
    async consume(request): Promise<ConsumeResult> {
      const now = request.now ?? options.clock.now();
      const { slots, reservation } = planConsume(request, now);
      if (slots.length === 0) return { allowed: true, reservation };
      const args: (string | number)[] = slots.map((slot) => redisKey(request.keyId, slot.bucket));
      for (const slot of slots) args.push(slot.amount, slot.max, Math.max(1, slot.resetAt - now));
      let reply: number[];
      try {
        reply = await redis.bastionConsume(slots.length, ...args);
      } catch (cause) {
        throw fail(cause);
      }
      if (reply.length === 0) return { allowed: true, reservation };
      const used = slots.map(() => 0);
      const denied = slots.map(() => false);
      for (let i = 0; i + 1 < reply.length; i += 2) {
        const index = Number(reply[i]) - 1;
        used[index] = Number(reply[i + 1]);
        denied[index] = true;
      }
      // Only the exhausted windows matter for the verdict; others count as empty so `decide` ignores them.
      return decide(
        slots.filter((_, i) => denied[i]),
        used.filter((_, i) => denied[i]),
        reservation,
        now,
      );
    },
    async adjust(reservation, actual) {
      const changes = planAdjust(reservation, actual);
      if (changes.length === 0) return;
      try {
        await redis.bastionAdjust(
          changes.length,
          ...changes.map((c) => redisKey(reservation.keyId, c.bucket)),
          ...changes.map((c) => c.delta),
        );
      } catch (cause) {
        throw fail(cause);
      }
    },
    async usage(keyId, now = options.clock.now()) {
      const buckets = usageBuckets(now);
      let values: (string | null)[];
      try {
        values = await redis.mget(...buckets.map((b) => redisKey(keyId, b.bucket)));
      } catch (cause) {
        throw fail(cause);
      }
      const out = {} as Record<LimitName, number>;
      buckets.forEach((b, i) => (out[b.limit] = Number(values[i] ?? 0) / b.divisor));
      return out;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
