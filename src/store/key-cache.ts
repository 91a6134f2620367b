import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import { parseApiKey } from './key-material.js';
import type { AuthResult, KeyAuthenticator, KeyRecord, KeyStore } from './types.js';

export interface KeyCacheOptions {
  clock: Clock;
  logger: Logger;
  /** How long an answer (positive or negative) is trusted. */
  ttlMs?: number;
  /** Bound on cached hashes; the oldest entries go first, so a flood of random keys cannot grow memory. */
  maxEntries?: number;
  /** How often `lastUsedAt` is written, batched. */
  touchIntervalMs?: number;
}

interface Entry {
  result: AuthResult;
  expiresAt: number;
}

function verdict(record: KeyRecord | null): AuthResult {
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.revokedAt !== null) return { ok: false, reason: 'revoked' };
  return { ok: true, key: record };
}

/**
 * The authenticator plus a KeyStore whose revoke/rotate drop the affected cache entries at once, so a revocation
 * through this process (admin API, CLI) never waits for the TTL.
 *
 * @example
 * const { auth, keys } = createKeyCache(rawKeys, { clock: systemClock, logger });
 * const hit = auth.peek(secret) ?? (await auth.authenticate(secret));
 */
export function createKeyCache(
  store: KeyStore,
  options: KeyCacheOptions,
): { auth: KeyAuthenticator & { flush(): Promise<void>; stop(): Promise<void> }; keys: KeyStore } {
  const ttlMs = options.ttlMs ?? 2000;
  const maxEntries = options.maxEntries ?? 10_000;
  const { clock, logger } = options;
  const cache = new Map<string, Entry>();
  const pendingTouches = new Set<string>();

  const remember = (hash: string, result: AuthResult) => {
    if (cache.size >= maxEntries) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(hash, { result, expiresAt: clock.now() + ttlMs });
  };

  const cached = (hash: string): AuthResult | undefined => {
    const entry = cache.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt <= clock.now()) {
      cache.delete(hash);
      return undefined;
    }
    if (entry.result.ok) pendingTouches.add(entry.result.key.id);
    return entry.result;
  };

  const flush = async () => {
    if (pendingTouches.size === 0) return;
    const ids = [...pendingTouches];
    pendingTouches.clear();
    try {
      await store.touch(ids, new Date(clock.now()).toISOString());
    } catch (error) {
      // lastUsedAt is informational; losing one batch must not fail requests.
      logger.warn('store: could not record key use', { error, keys: ids.length });
    }
  };
  const timer = setInterval(() => void flush(), options.touchIntervalMs ?? 5000);
  timer.unref();

  const invalidate = (keyId?: string) => {
    if (keyId === undefined) return cache.clear();
    for (const [hash, entry] of cache) {
      if (entry.result.ok && entry.result.key.id === keyId) cache.delete(hash);
    }
  };

  const auth = {
    peek(secret: string): AuthResult | undefined {
      const parsed = parseApiKey(secret);
      if (!parsed) return { ok: false, reason: 'malformed' };
      return cached(parsed.hash);
    },
    async authenticate(secret: string): Promise<AuthResult> {
      const parsed = parseApiKey(secret);
      if (!parsed) return { ok: false, reason: 'malformed' };
      const hit = cached(parsed.hash);
      if (hit) return hit;
      const result = verdict(await store.findByHash(parsed.hash));
      remember(parsed.hash, result);
      if (result.ok) pendingTouches.add(result.key.id);
      return result;
    },
    invalidate,
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };

  const keys: KeyStore = {
    ...store,
    async revoke(id) {
      const record = await store.revoke(id);
      invalidate(id);
      return record;
    },
    async rotate(id) {
      const issued = await store.rotate(id);
      invalidate(id);
      return issued;
    },
  };
  return { auth, keys };
}
