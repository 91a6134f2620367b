import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { hashApiKey } from '../key-material.js';
import type { Store } from '../types.js';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-keys-'));
  store = await openStore({
    store: `sqlite://${join(dir, 'b.db')}`,
    counters: 'sqlite',
    keyCacheTtlMs: 60_000,
  });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sqlite key store', () => {
  it('creates a key, stores only its hash, and finds it by hash', async () => {
    const { record, secret } = await store.keys.create({ name: 'ci', useCase: 'demo', limits: { rpm: 60 } });
    expect(record).toMatchObject({
      name: 'ci',
      useCase: 'demo',
      admin: false,
      limits: { rpm: 60 },
      revokedAt: null,
    });
    expect(secret.startsWith(record.prefix)).toBe(true);
    expect(await store.keys.findByHash(hashApiKey(secret))).toEqual(record);
    expect(JSON.stringify(await store.keys.list())).not.toContain(secret);
    expect(await store.keys.findByHash(hashApiKey(secret + 'x'))).toBeNull();
  });

  it('authenticates through the cache: ok, malformed, unknown, revoked at once after revoke', async () => {
    const { record, secret } = await store.keys.create({ useCase: 'demo' });
    expect(store.auth.peek(secret)).toBeUndefined();
    expect(await store.auth.authenticate(secret)).toEqual({ ok: true, key: record });
    expect(store.auth.peek(secret)).toEqual({ ok: true, key: record });
    expect(await store.auth.authenticate('Bearer nonsense')).toEqual({ ok: false, reason: 'malformed' });
    const other = await store.keys.create({ useCase: 'demo' });
    await store.keys.revoke(other.record.id);
    expect(await store.auth.authenticate(other.secret)).toEqual({ ok: false, reason: 'revoked' });
    await store.keys.revoke(record.id);
    expect(await store.auth.authenticate(secret)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('rotates: same id and scope, the old secret stops working, the new one works', async () => {
    const { record, secret } = await store.keys.create({ name: 'svc', useCase: 'demo', limits: { tpm: 5 } });
    await store.auth.authenticate(secret);
    const rotated = await store.keys.rotate(record.id);
    expect(rotated.record).toMatchObject({ id: record.id, name: 'svc', useCase: 'demo', limits: { tpm: 5 } });
    expect(rotated.secret).not.toBe(secret);
    expect(await store.auth.authenticate(secret)).toEqual({ ok: false, reason: 'unknown' });
    expect(await store.auth.authenticate(rotated.secret)).toMatchObject({ ok: true, key: { id: record.id } });
  });

  it('refuses to rotate a revoked or unknown key with specific codes', async () => {
    const { record } = await store.keys.create({ useCase: 'demo' });
    await store.keys.revoke(record.id);
    await expect(store.keys.rotate(record.id)).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_KEY_REVOKED',
    });
    await expect(store.keys.revoke('key_missing')).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_KEY_NOT_FOUND',
    });
  });

  it('lists newest first, counts active and all, and records last use in batches', async () => {
    const a = await store.keys.create({ name: 'a', useCase: 'demo' });
    const admin = await store.keys.create({ name: 'root', useCase: null, admin: true });
    expect(admin.record.id).toMatch(/^adm_/);
    await store.keys.revoke(a.record.id);
    expect(await store.keys.count()).toBe(2);
    expect(await store.keys.count({ includeRevoked: false })).toBe(1);
    expect((await store.keys.list({ includeRevoked: false })).map((k) => k.name)).toEqual(['root']);
    await store.auth.authenticate(admin.secret);
    await store.close(); // flushes the pending lastUsedAt batch
    store = await openStore({ store: `sqlite://${join(dir, 'b.db')}`, counters: 'memory' });
    expect((await store.keys.get(admin.record.id))?.lastUsedAt).not.toBeNull();
    expect((await store.keys.get(a.record.id))?.lastUsedAt).toBeNull();
  });

  it('sees a revocation made by another process once the cache TTL passes', async () => {
    const path = join(dir, 'b.db');
    const gateway = await openStore({ store: `sqlite://${path}`, counters: 'memory', keyCacheTtlMs: 0 });
    try {
      const { record, secret } = await store.keys.create({ useCase: 'demo' });
      expect((await gateway.auth.authenticate(secret)).ok).toBe(true);
      await store.keys.revoke(record.id); // "the CLI"
      expect(await gateway.auth.authenticate(secret)).toEqual({ ok: false, reason: 'revoked' });
    } finally {
      await gateway.close();
    }
  });
});
