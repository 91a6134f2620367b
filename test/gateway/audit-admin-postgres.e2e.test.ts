import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/store/types.js';
import { serviceUrl, uniqueName } from '../store/services.js';
import { defaultYaml, raw, startHarness, type Harness } from './harness.js';

const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
const schema = uniqueName('bastion_gw_admin');
const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = await startHarness({ yaml: (u) => defaultYaml(u).replace(`store: sqlite://${u.db}`, `store: ${url}`) });
  admin = await h.key({ admin: true, useCase: null, name: 'root' });
});
afterAll(async () => {
  await h?.close();
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('key lifecycle audit on PostgreSQL', () => {
  it('records create, rotate and revoke through the admin API in a chain that verifies', async () => {
    expect(h.store.kind).toBe('postgres');
    const headers = { authorization: `Bearer ${admin}` };
    const created = await raw(`${h.url}/admin/v1/keys`, {
      headers,
      body: JSON.stringify({ useCase: 'app', name: 'pg-key', limits: { tpm: 1000 } }),
    });
    expect(created.status).toBe(201);
    const { key, secret } = created.json as { key: { id: string }; secret: string };
    const rotated = await raw(`${h.url}/admin/v1/keys/${key.id}/rotate`, { headers, body: '' });
    await raw(`${h.url}/admin/v1/keys/${key.id}`, { method: 'DELETE', headers });

    const records: AuditRecord[] = [];
    for await (const r of h.store.audit.export()) records.push(r);
    const events = records.map((r) => r.extra?.keyEvent as Record<string, unknown> | undefined);
    expect(events.map((e) => e?.action)).toEqual(['create', 'rotate', 'revoke']);
    const adminId = (await h.store.keys.list()).find((k) => k.name === 'root')?.id;
    for (const e of events)
      expect(e).toMatchObject({
        actor: { type: 'admin-key', keyId: adminId },
        target: { keyId: key.id, name: 'pg-key', useCase: 'app', limits: { tpm: 1000 } },
      });
    expect(records[2]?.extra?.route).toBe(`DELETE /admin/v1/keys/${key.id}`);
    const text = JSON.stringify(records);
    expect(text).not.toContain(secret);
    expect(text).not.toContain((rotated.json as { secret: string }).secret);
    expect(await h.store.audit.verify()).toMatchObject({ ok: true, count: 3 });
  });
});
