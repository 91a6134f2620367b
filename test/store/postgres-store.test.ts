import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { hashAuditRecord } from '../../src/store/audit-chain.js';
import { hashApiKey } from '../../src/store/key-material.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { serviceUrl, uniqueName } from './services.js';

const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
const schema = uniqueName('bastion_test');
const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
let admin: pg.Client;
let store: Store;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: base });
  await admin.connect();
  store = await openStore({ store: url, counters: 'memory', keyCacheTtlMs: 60_000 });
});
afterAll(async () => {
  await store?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

/** Empties this run's audit tables between scenarios. */
async function resetAudit(): Promise<void> {
  await admin.query(`DELETE FROM ${schema}.bastion_audit`);
  await admin.query(
    `UPDATE ${schema}.bastion_audit_chain SET head_seq = 0, head_hash = repeat('0', 64), base_seq = 0, base_hash = repeat('0', 64)`,
  );
}

async function fill(n: number, target: Store = store): Promise<void> {
  for (let i = 0; i < n; i++) await target.audit.append(sampleAuditEntry(i));
}

describe('postgres store: keys', () => {
  it('creates, finds by hash, rotates and revokes with the cache honouring both', async () => {
    const { record, secret } = await store.keys.create({
      name: 'pg',
      useCase: 'demo',
      limits: { rpm: 10, dailyBudgetUsd: 2.5 },
    });
    expect(record).toMatchObject({
      name: 'pg',
      useCase: 'demo',
      admin: false,
      limits: { rpm: 10, dailyBudgetUsd: 2.5 },
    });
    expect(await store.keys.findByHash(hashApiKey(secret))).toEqual(record);
    expect(await store.auth.authenticate(secret)).toEqual({ ok: true, key: record });
    const rotated = await store.keys.rotate(record.id);
    expect(await store.auth.authenticate(secret)).toEqual({ ok: false, reason: 'unknown' });
    expect(await store.auth.authenticate(rotated.secret)).toMatchObject({ ok: true, key: { id: record.id } });
    await store.keys.revoke(record.id);
    expect(await store.auth.authenticate(rotated.secret)).toEqual({ ok: false, reason: 'revoked' });
    await expect(store.keys.rotate(record.id)).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_KEY_REVOKED',
    });
    await expect(store.keys.revoke('key_nope')).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_KEY_NOT_FOUND',
    });
    const adminKey = await store.keys.create({ useCase: null, admin: true });
    expect((await store.keys.list({ includeRevoked: false })).map((k) => k.id)).toEqual([adminKey.record.id]);
    expect(await store.keys.count()).toBe(2);
  });
});

describe('postgres store: audit', () => {
  it('round-trips every field and verifies', async () => {
    await resetAudit();
    const entry = sampleAuditEntry(3, {
      content: { mode: 'redacted', prompt: 'my card is [CREDIT_CARD]', response: 'ok' },
    });
    const written = await store.audit.append(entry);
    const [read] = await collect(store.audit.export());
    expect(read).toEqual(written);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 1, headSeq: 1 });
  });

  it('keeps one gap-free chain when two replicas append concurrently', async () => {
    await resetAudit();
    const replica = await openStore({ store: url, counters: 'memory' });
    try {
      await Promise.all(
        Array.from({ length: 60 }, (_, i) => (i % 2 ? store : replica).audit.append(sampleAuditEntry(i))),
      );
      expect(await store.audit.verify()).toMatchObject({ ok: true, count: 60, headSeq: 60 });
    } finally {
      await replica.close();
    }
  });

  it('names an edited record, a deleted record and a truncated tail', async () => {
    await resetAudit();
    await fill(6);
    await admin.query(`UPDATE ${schema}.bastion_audit SET model = 'gpt-4o' WHERE seq = 4`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, seq: 4, reason: 'edited' });

    await resetAudit();
    await fill(6);
    await admin.query(`DELETE FROM ${schema}.bastion_audit WHERE seq = 2`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, seq: 2, reason: 'deleted' });

    await resetAudit();
    await fill(6);
    await admin.query(`DELETE FROM ${schema}.bastion_audit WHERE seq >= 5`);
    expect(await store.audit.verify()).toMatchObject({ ok: false, seq: 5, reason: 'truncated' });
  });

  it('detects a record rewritten and re-hashed by the broken link', async () => {
    await resetAudit();
    await fill(4);
    const [, second] = await collect(store.audit.export());
    if (!second) throw new Error('missing record');
    const { hash: _hash, ...unsealed } = { ...second, tokensOut: 1 };
    await admin.query(`UPDATE ${schema}.bastion_audit SET tokens_out = 1, hash = $1 WHERE seq = 2`, [
      hashAuditRecord(unsealed),
    ]);
    expect(await store.audit.verify()).toMatchObject({ ok: false, seq: 3, reason: 'chain_broken' });
  });

  it('purges with an anchor and keeps verifying', async () => {
    await resetAudit();
    await fill(8);
    expect(await store.audit.purge(Date.UTC(2026, 0, 1, 0, 4))).toEqual({ deleted: 4, throughSeq: 4 });
    await store.audit.append(sampleAuditEntry(50));
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 6, headSeq: 10 });
    const exported = await collect(
      store.audit.export({ since: '2026-01-01T00:05:00Z', until: '2026-01-01T00:07:00Z' }),
    );
    expect(exported.map((r) => r.requestId)).toEqual(['req_5', 'req_6']);
  });

  it('fails closed with AUDIT_WRITE when the database cannot write (disk full), chain untouched', async () => {
    await resetAudit();
    await fill(2);
    // The server reports disk_full (SQLSTATE 53100) on insert, exactly as when its volume fills up.
    await admin.query(`CREATE FUNCTION ${schema}.disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
    await admin.query(
      `CREATE TRIGGER disk_full BEFORE INSERT ON ${schema}.bastion_audit FOR EACH ROW EXECUTE FUNCTION ${schema}.disk_full()`,
    );
    try {
      await expect(store.audit.append(sampleAuditEntry(2))).rejects.toMatchObject({
        code: 'BASTION_ERR_STORE_AUDIT_WRITE',
        status: 503,
        details: { pgCode: '53100' },
      });
    } finally {
      await admin.query(`DROP TRIGGER disk_full ON ${schema}.bastion_audit`);
    }
    expect(await store.audit.head()).toMatchObject({ seq: 2 });
    expect((await store.audit.append(sampleAuditEntry(2))).seq).toBe(3);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it('reports UNAVAILABLE for a server that is not there', async () => {
    await expect(
      openStore({ store: 'postgres://postgres@127.0.0.1:1/postgres', counters: 'memory' }),
    ).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_UNAVAILABLE',
    });
  });
});
