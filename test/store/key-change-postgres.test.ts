import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BastionError } from '../../src/core/errors/index.js';
import { cliKeyAuditEntry } from '../../src/store/key-audit.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { serviceUrl, uniqueName } from './services.js';

// Store.changeKey on PostgreSQL: the key change and its audit record are one transaction, so an audit insert that
// fails (a trigger standing in for a broken log) rolls the key change back.
const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
const schema = uniqueName('bastion_keychange');
const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
let store: Store;
let admin: pg.Client;

beforeAll(async () => {
  store = await openStore({ store: url, counters: 'memory' });
  admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(
    `CREATE FUNCTION ${schema}.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable (test)'; END $$`,
  );
});
afterAll(async () => {
  await store.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const breakAudit = () =>
  admin.query(
    `CREATE TRIGGER refuses BEFORE INSERT ON ${schema}.bastion_audit FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse()`,
  );
const repairAudit = () => admin.query(`DROP TRIGGER refuses ON ${schema}.bastion_audit`);
const auditCount = async () =>
  Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.bastion_audit`)).rows[0].n);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('Store.changeKey on PostgreSQL', () => {
  let id = '';
  let secret = '';

  it('writes the change and its record together', async () => {
    const created = await store.changeKey(
      { action: 'create', input: { name: 'first', useCase: 'demo' } },
      (record) => cliKeyAuditEntry('create', record),
    );
    id = created.record.id;
    secret = created.secret ?? '';
    expect(created.audit).toMatchObject({ seq: 1, extra: { keyEvent: { action: 'create' } } });
    expect(await auditCount()).toBe(1);
  });

  it('rolls back create, rotate and revoke when the audit insert fails', async () => {
    await breakAudit();
    try {
      for (const change of [
        { action: 'create', input: { name: 'unaudited', useCase: 'demo' } },
        { action: 'rotate', id },
        { action: 'revoke', id },
      ] as const) {
        const error = await failure(store.changeKey(change, (r) => cliKeyAuditEntry(change.action, r)));
        expect(error, change.action).toBeInstanceOf(BastionError);
        expect((error as BastionError).code).toBe('BASTION_ERR_STORE_AUDIT_WRITE');
        expect((error as BastionError).message).toContain('audit log unavailable (test)');
      }
    } finally {
      await repairAudit();
    }
    expect((await store.keys.list()).map((k) => k.name)).toEqual(['first']);
    store.auth.invalidate();
    expect(await store.auth.authenticate(secret)).toMatchObject({ ok: true, key: { id, revokedAt: null } });
    expect(await auditCount()).toBe(1);
    expect(await store.audit.verify()).toMatchObject({ ok: true, count: 1 });
  });

  it('a key error leaves the log alone; a later revoke is recorded and takes effect at once', async () => {
    const missing = await failure(
      store.changeKey({ action: 'revoke', id: 'key_nosuch' }, (r) => cliKeyAuditEntry('revoke', r)),
    );
    expect((missing as BastionError).code).toBe('BASTION_ERR_STORE_KEY_NOT_FOUND');
    expect(await auditCount()).toBe(1);
    expect(await store.auth.authenticate(secret)).toMatchObject({ ok: true });
    const revoked = await store.changeKey({ action: 'revoke', id }, (r) => cliKeyAuditEntry('revoke', r));
    expect(revoked.record.revokedAt).not.toBeNull();
    expect(revoked.audit.seq).toBe(2);
    // The cached "ok" for this secret is dropped by changeKey, not left for the TTL.
    expect(await store.auth.authenticate(secret)).toEqual({ ok: false, reason: 'revoked' });
  });
});
