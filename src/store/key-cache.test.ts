import { describe, expect, it } from 'vitest';
import { createLogger } from '../core/log.js';
import { createKeyCache } from './key-cache.js';
import { generateApiKey } from './key-material.js';
import type { KeyRecord, KeyStore } from './types.js';

function fakeKeys(records: Map<string, KeyRecord>) {
  const calls = { find: 0, touched: [] as string[][] };
  const store = {
    findByHash: async (hash: string) => {
      calls.find++;
      return records.get(hash) ?? null;
    },
    touch: async (ids: readonly string[]) => {
      calls.touched.push([...ids]);
    },
    revoke: async (id: string) => {
      for (const [hash, r] of records) if (r.id === id) records.set(hash, { ...r, revokedAt: 'now' });
      return [...records.values()].find((r) => r.id === id) as KeyRecord;
    },
  } as unknown as KeyStore;
  return { store, calls };
}

function record(id: string): KeyRecord {
  return {
    id,
    name: '',
    prefix: 'bst_x',
    useCase: 'demo',
    admin: false,
    limits: {},
    createdAt: '',
    revokedAt: null,
    lastUsedAt: null,
  };
}

describe('key cache', () => {
  it('answers repeat lookups from memory until the TTL passes, then asks the store again', async () => {
    const key = generateApiKey('app');
    const records = new Map([[key.hash, record(key.id)]]);
    const { store, calls } = fakeKeys(records);
    let now = 1_000;
    const { auth } = createKeyCache(store, {
      clock: { now: () => now, monotonic: () => 0 },
      logger: createLogger({ level: 'silent' }),
      ttlMs: 2000,
    });
    expect((await auth.authenticate(key.secret)).ok).toBe(true);
    expect(auth.peek(key.secret)).toMatchObject({ ok: true });
    expect(calls.find).toBe(1);
    // Revoked elsewhere (another process): still cached until the TTL passes, then refused.
    records.set(key.hash, { ...record(key.id), revokedAt: '2026-01-01T00:00:00.000Z' });
    now += 1999;
    expect(auth.peek(key.secret)).toMatchObject({ ok: true });
    now += 1;
    expect(auth.peek(key.secret)).toBeUndefined();
    expect(await auth.authenticate(key.secret)).toEqual({ ok: false, reason: 'revoked' });
    expect(calls.find).toBe(2);
    await auth.stop();
  });

  it('caches unknown keys too (a flood of one bad key costs one lookup) and never looks up malformed ones', async () => {
    const { store, calls } = fakeKeys(new Map());
    const { auth } = createKeyCache(store, {
      clock: { now: () => 0, monotonic: () => 0 },
      logger: createLogger({ level: 'silent' }),
    });
    const unknown = generateApiKey('app').secret;
    for (let i = 0; i < 50; i++)
      expect(await auth.authenticate(unknown)).toEqual({ ok: false, reason: 'unknown' });
    expect(calls.find).toBe(1);
    expect(auth.peek('sk-proj-abc')).toEqual({ ok: false, reason: 'malformed' });
    expect(await auth.authenticate('bst_short')).toEqual({ ok: false, reason: 'malformed' });
    expect(calls.find).toBe(1);
    await auth.stop();
  });

  it('stays within maxEntries by dropping the oldest entries', async () => {
    const { store, calls } = fakeKeys(new Map());
    const { auth } = createKeyCache(store, {
      clock: { now: () => 0, monotonic: () => 0 },
      logger: createLogger({ level: 'silent' }),
      maxEntries: 3,
    });
    const secrets = Array.from({ length: 4 }, () => generateApiKey('app').secret);
    for (const s of secrets) await auth.authenticate(s);
    expect(auth.peek(secrets[0] as string)).toBeUndefined();
    expect(auth.peek(secrets[3] as string)).toBeDefined();
    expect(calls.find).toBe(4);
    await auth.stop();
  });

  it('revoke through the wrapped store drops the entry at once; last use is flushed in one batch', async () => {
    const key = generateApiKey('app');
    const { store, calls } = fakeKeys(new Map([[key.hash, record(key.id)]]));
    const { auth, keys } = createKeyCache(store, {
      clock: { now: () => 0, monotonic: () => 0 },
      logger: createLogger({ level: 'silent' }),
      ttlMs: 60_000,
    });
    for (let i = 0; i < 10; i++) await auth.authenticate(key.secret);
    await auth.flush();
    expect(calls.touched).toEqual([[key.id]]);
    await keys.revoke(key.id);
    expect(await auth.authenticate(key.secret)).toEqual({ ok: false, reason: 'revoked' });
    await auth.stop();
  });

  it('logs (never throws) when recording last use fails', async () => {
    const key = generateApiKey('app');
    const { store } = fakeKeys(new Map([[key.hash, record(key.id)]]));
    const failing = { ...store, touch: () => Promise.reject(new Error('SQLITE_BUSY')) } as KeyStore;
    const lines: string[] = [];
    const { auth } = createKeyCache(failing, {
      clock: { now: () => 0, monotonic: () => 0 },
      logger: createLogger({ level: 'warn', write: (l) => lines.push(l) }),
    });
    await auth.authenticate(key.secret);
    await auth.stop();
    expect(lines.join()).toMatch(/could not record key use/);
  });
});
