import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { runCli, tempWorkspace } from './cli.js';

// `bastion keys create|rotate|revoke` used to write the key change, then its audit record, in two steps: when the
// second failed, the change stayed, unaudited. Now both are one SQLite transaction. The audit table is made to
// refuse inserts (a trigger standing in for a full disk or a broken log) between two CLI runs.
const ws = tempWorkspace();
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

const breakAudit = () => {
  const db = new Database(ws.db);
  db.exec(
    "CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit log unavailable (test)'); END;",
  );
  db.close();
};
const repairAudit = () => {
  const db = new Database(ws.db);
  db.exec('DROP TRIGGER audit_refuses');
  db.close();
};

async function inspect() {
  const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'memory' });
  try {
    const records = [];
    for await (const r of store.audit.export()) records.push(r);
    return { keys: await store.keys.list(), records, verify: await store.audit.verify() };
  } finally {
    await store.close();
  }
}

const keys = (...args: string[]) => runCli(['keys', ...args, '--config', ws.config], ws.dir);

describe('bastion keys: the key change and its audit record commit together (SQLite)', () => {
  let id = '';
  let secret = '';

  it('a working log gets one record per change, in the same chain', async () => {
    const created = await keys('create', '--use-case', 'demo', '--name', 'first');
    expect(created.code, created.stderr).toBe(0);
    secret = created.stdout.trim();
    const state = await inspect();
    expect(state.keys).toHaveLength(1);
    id = state.keys[0]?.id ?? '';
    expect(state.records.map((r) => (r.extra?.keyEvent as { action: string }).action)).toEqual(['create']);
    expect(state.verify.ok).toBe(true);
  });

  it('create with a failing log exits non-zero, prints no secret and leaves no key', async () => {
    breakAudit();
    try {
      const res = await keys('create', '--use-case', 'demo', '--name', 'unaudited');
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain('BASTION_ERR_STORE_AUDIT_WRITE');
      expect(res.stderr).toContain('audit log unavailable (test)');
    } finally {
      repairAudit();
    }
    const state = await inspect();
    expect(state.keys.map((k) => k.name)).toEqual(['first']);
    expect(state.records).toHaveLength(1);
  });

  it('rotate and revoke with a failing log leave the key as it was (old secret still works, not revoked)', async () => {
    breakAudit();
    try {
      const rotate = await keys('rotate', id);
      expect(rotate.code).toBe(2);
      expect(rotate.stdout).toBe('');
      expect(rotate.stderr).toContain('BASTION_ERR_STORE_AUDIT_WRITE');
      const revoke = await keys('revoke', id);
      expect(revoke.code).toBe(2);
      expect(revoke.stderr).toContain('BASTION_ERR_STORE_AUDIT_WRITE');
    } finally {
      repairAudit();
    }
    const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'memory' });
    try {
      expect(await store.auth.authenticate(secret)).toMatchObject({ ok: true, key: { id, revokedAt: null } });
    } finally {
      await store.close();
    }
    const state = await inspect();
    expect(state.records).toHaveLength(1);
    expect(state.verify.ok).toBe(true);
  });

  it('once the log works again, revoke writes the change and its record', async () => {
    const revoke = await keys('revoke', id);
    expect(revoke.code, revoke.stderr).toBe(0);
    const state = await inspect();
    expect(state.keys[0]?.revokedAt).not.toBeNull();
    expect(state.records.map((r) => (r.extra?.keyEvent as { action: string }).action)).toEqual([
      'create',
      'revoke',
    ]);
    expect(state.verify.ok).toBe(true);
  });

  it('a key error (unknown id) writes no audit record', async () => {
    const res = await keys('revoke', 'key_nosuch');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('no key with id "key_nosuch"');
    expect((await inspect()).records).toHaveLength(2);
  });
});
