import Database from 'better-sqlite3';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import { verifyAuditSegment } from '../../src/store/audit-segment.js';
import type { AuditRecord } from '../../src/store/types.js';
import { errorOf, raw, startHarness, type Harness } from './harness.js';

let h: Harness;
let secret: string;
let admin: string;

beforeAll(async () => {
  h = await startHarness();
  secret = await h.key({ name: 'audited' });
  admin = await h.key({ admin: true, useCase: null, name: 'root' });
});
afterAll(async () => {
  await h.close();
});

async function records(): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of h.store.audit.export()) out.push(r);
  return out;
}

describe('audit', () => {
  it('writes one hash-chained record per request, keeping the prompt only as a hash', async () => {
    const before = (await records()).length;
    const messages = [{ role: 'user' as const, content: 'my secret project plan' }];
    await h.client(secret).chat.completions.create({ model: 'fast', messages });
    await h
      .client(secret)
      .chat.completions.create({ model: 'nope', messages })
      .catch(() => undefined);
    const all = await records();
    expect(all.length).toBe(before + 2);
    const [ok, failed] = all.slice(-2);
    expect(ok?.status).toBe(200);
    expect(ok?.model).toBe('fast');
    expect(ok?.provider).toBe('up');
    expect(ok?.tokensIn).toBeGreaterThan(0);
    expect(ok?.costUsd).toBeGreaterThan(0);
    expect(ok?.content.prompt).toBe(sha256Hex(JSON.stringify(messages)));
    expect(JSON.stringify(ok)).not.toContain('secret project');
    expect(Object.keys(ok?.latencyMs ?? {})).toEqual(
      expect.arrayContaining(['auth', 'parse', 'scope', 'limits', 'upstream', 'total']),
    );
    expect(failed?.status).toBe(404);
    expect(failed?.errorCode).toBe('BASTION_ERR_GATEWAY_MODEL_NOT_FOUND');
    expect(failed?.prevHash).toBe(ok?.hash);
    expect(await h.store.audit.verify()).toMatchObject({ ok: true });
  });

  it('verify names an edited record and a deleted record', async () => {
    for (let i = 0; i < 3; i++)
      await h
        .client(secret)
        .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: `n${i}` }] });
    const all = await records();
    const target = all[all.length - 2] as AuditRecord;
    const db = new Database(h.dbPath);
    try {
      db.prepare('UPDATE audit SET tokens_out = tokens_out + 1000 WHERE seq = ?').run(target.seq);
      const edited = await h.store.audit.verify();
      expect(edited).toMatchObject({ ok: false, seq: target.seq, reason: 'edited' });
      db.prepare('UPDATE audit SET tokens_out = ? WHERE seq = ?').run(target.tokensOut, target.seq);
      expect(await h.store.audit.verify()).toMatchObject({ ok: true });
      db.prepare('DELETE FROM audit WHERE seq = ?').run(target.seq);
      const deleted = await h.store.audit.verify();
      expect(deleted.ok).toBe(false);
      expect(deleted).toMatchObject({ seq: target.seq });
    } finally {
      db.close();
    }
  });

  it('fails closed with 503 when the audit store cannot write, and recovers', async () => {
    const db = new Database(h.dbPath);
    try {
      db.exec('ALTER TABLE audit RENAME TO audit_moved');
      const error = (await h
        .client(secret)
        .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'x' }] })
        .catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
      expect(error.status).toBe(503);
      expect(error.code).toBe('BASTION_ERR_GATEWAY_AUDIT_UNAVAILABLE');
      expect(h.logs.some((l) => l.level === 'error' && String(l.cause ?? '').includes('audit'))).toBe(true);
      // Streams fail closed too: an error event replaces [DONE].
      await new Promise((r) => setTimeout(r, 1100)); // past the fail-fast window
      const stream = await h
        .client(secret)
        .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'x' }], stream: true })
        .catch((e: unknown) => e);
      const streamError = await (async () => {
        if (stream instanceof Error) return stream;
        for await (const _chunk of stream as AsyncIterable<unknown>) void _chunk;
        return undefined;
      })().catch((e: unknown) => e);
      expect(streamError).toBeInstanceOf(Error);
    } finally {
      db.exec('ALTER TABLE audit_moved RENAME TO audit');
      db.close();
    }
    await new Promise((r) => setTimeout(r, 1100));
    const reply = await h
      .client(secret)
      .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'x' }] });
    expect(reply.choices[0]?.message.content).toBeTruthy();
  });
});

describe('admin API (admin keys only)', () => {
  const adminHeaders = () => ({ authorization: `Bearer ${admin}` });

  it('refuses app keys', async () => {
    const res = await raw(`${h.url}/admin/v1/keys`, {
      method: 'GET',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(403);
    expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_ADMIN_REQUIRED');
  });

  it('creates, lists, rotates and revokes keys; the new key works at once', async () => {
    const created = await raw(`${h.url}/admin/v1/keys`, {
      headers: adminHeaders(),
      body: JSON.stringify({ useCase: 'app', name: 'from-api', limits: { rpm: 10 } }),
    });
    expect(created.status).toBe(201);
    const { key, secret: newSecret } = created.json as {
      key: { id: string; limits: { rpm: number } };
      secret: string;
    };
    expect(key.limits.rpm).toBe(10);
    expect(newSecret).toMatch(/^bst_/);
    await h.client(newSecret).models.list();

    const list = await raw(`${h.url}/admin/v1/keys`, { method: 'GET', headers: adminHeaders() });
    expect(JSON.stringify(list.json)).toContain('from-api');
    expect(list.text).not.toContain(newSecret);

    const rotated = await raw(`${h.url}/admin/v1/keys/${key.id}/rotate`, {
      headers: adminHeaders(),
      body: '',
    });
    const rotatedSecret = (rotated.json as { secret: string }).secret;
    expect(rotatedSecret).not.toBe(newSecret);
    await expect(h.client(newSecret).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await h.client(rotatedSecret).models.list();

    const revoked = await raw(`${h.url}/admin/v1/keys/${key.id}`, {
      method: 'DELETE',
      headers: adminHeaders(),
    });
    expect(revoked.status).toBe(200);
    await expect(h.client(rotatedSecret).models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('audits every key lifecycle call: who, what, which key, use case and limits, never the secret', async () => {
    const before = (await records()).length;
    const created = await raw(`${h.url}/admin/v1/keys`, {
      headers: adminHeaders(),
      body: JSON.stringify({ useCase: 'app', name: 'audited-key', limits: { rpm: 7 } }),
    });
    const { key, secret: first } = created.json as { key: { id: string }; secret: string };
    await raw(`${h.url}/admin/v1/keys`, { method: 'GET', headers: adminHeaders() });
    const rotated = await raw(`${h.url}/admin/v1/keys/${key.id}/rotate`, {
      headers: adminHeaders(),
      body: '',
    });
    const second = (rotated.json as { secret: string }).secret;
    await raw(`${h.url}/admin/v1/keys/${key.id}/revoke`, { headers: adminHeaders(), body: '' });
    const missing = await raw(`${h.url}/admin/v1/keys/key_nosuchkey/revoke`, {
      headers: adminHeaders(),
      body: '',
    });
    expect(missing.status).toBe(404);

    const all = await records();
    const mine = all.slice(before);
    const adminKeyId = (await h.store.keys.list()).find((k) => k.name === 'root')?.id;
    expect(mine.map((r) => [r.status, r.extra?.route])).toEqual([
      [201, 'POST /admin/v1/keys'],
      [200, 'GET /admin/v1/keys'],
      [200, `POST /admin/v1/keys/${key.id}/rotate`],
      [200, `POST /admin/v1/keys/${key.id}/revoke`],
      [404, 'POST /admin/v1/keys/key_nosuchkey/revoke'],
    ]);
    const target = { keyId: key.id, name: 'audited-key', useCase: 'app', admin: false, limits: { rpm: 7 } };
    const actor = { type: 'admin-key', keyId: adminKeyId };
    expect(adminKeyId).toMatch(/^adm_/);
    expect(mine.every((r) => r.keyId === adminKeyId)).toBe(true);
    expect(mine[0]?.extra).toMatchObject({
      targetKeyId: key.id,
      keyEvent: { action: 'create', actor, target },
    });
    expect(mine[1]?.extra?.keyEvent).toMatchObject({ action: 'list', actor, includeRevoked: false });
    expect(mine[2]?.extra).toMatchObject({ keyEvent: { action: 'rotate', actor, target } });
    expect(mine[3]?.extra).toMatchObject({ keyEvent: { action: 'revoke', actor, target } });
    expect(mine[4]?.errorCode).toBe('BASTION_ERR_STORE_KEY_NOT_FOUND');
    expect(mine[4]?.extra).toMatchObject({ targetKeyId: 'key_nosuchkey' });
    const text = JSON.stringify(mine);
    for (const s of [first, second, admin]) expect(text).not.toContain(s);
    expect(text).not.toContain(sha256Hex(first));
    // An earlier test deleted a record, so the whole chain no longer verifies; these five must, linked in order.
    expect(await verifyAuditSegment(all.slice(before - 1))).toMatchObject({ ok: true, count: 6 });
  });

  it('makes a key change and its audit record together: a log that refuses leaves the key as it was', async () => {
    const target = await h.key({ name: 'kept-as-is' });
    const targetId = (await h.store.keys.list()).find((k) => k.name === 'kept-as-is')?.id ?? '';
    const keysBefore = (await h.store.keys.list()).length;
    const db = new Database(h.dbPath);
    db.exec(
      "CREATE TRIGGER audit_refuses BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit log unavailable (test)'); END;",
    );
    try {
      const calls = [
        raw(`${h.url}/admin/v1/keys`, { headers: adminHeaders(), body: JSON.stringify({ useCase: 'app' }) }),
        raw(`${h.url}/admin/v1/keys/${targetId}/rotate`, { headers: adminHeaders(), body: '' }),
        raw(`${h.url}/admin/v1/keys/${targetId}/revoke`, { headers: adminHeaders(), body: '' }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(503);
        expect(errorOf(res.json).code).toBe('BASTION_ERR_GATEWAY_AUDIT_UNAVAILABLE');
        expect(res.text).not.toMatch(/bst_/);
      }
    } finally {
      db.exec('DROP TRIGGER audit_refuses');
      db.close();
    }
    expect((await h.store.keys.list()).length).toBe(keysBefore);
    expect((await h.store.keys.get(targetId))?.revokedAt).toBeNull();
    await new Promise((r) => setTimeout(r, 1100)); // past the fail-fast window
    // Neither rotated nor revoked: the old secret still works.
    const reply = await h
      .client(target)
      .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'x' }] });
    expect(reply.choices[0]?.message.content).toBeTruthy();
  });

  it('validates create requests', async () => {
    const unknownUseCase = await raw(`${h.url}/admin/v1/keys`, {
      headers: adminHeaders(),
      body: JSON.stringify({ useCase: 'ghost' }),
    });
    expect(unknownUseCase.status).toBe(400);
    expect(errorOf(unknownUseCase.json).message).toContain('unknown use case "ghost"');
    const neither = await raw(`${h.url}/admin/v1/keys`, {
      headers: adminHeaders(),
      body: JSON.stringify({ name: 'x' }),
    });
    expect(neither.status).toBe(400);
    const missing = await raw(`${h.url}/admin/v1/keys/key_doesnotexist`, {
      method: 'GET',
      headers: adminHeaders(),
    });
    expect(missing.status).toBe(404);
  });
});

describe('metrics', () => {
  it('needs the metrics token or an admin key', async () => {
    expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(
      403,
    );
    expect(
      (await fetch(`${h.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } }))
        .status,
    ).toBe(401);
    const res = await fetch(`${h.url}/metrics`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(
      /bastion_requests_total\{route="chat",status="200",model="fast",use_case="app"\} \d+/,
    );
    expect(text).toContain('bastion_stage_duration_ms_bucket{stage="auth",le="0.05"}');
    expect(text).toMatch(/bastion_tokens_total\{model="fast",use_case="app",direction="input"\} \d+/);
    expect(text).toMatch(/bastion_cost_usd_total\{model="fast",use_case="app"\} [\d.e-]+/);
    expect(text).toContain('bastion_audit_failures_total');
    const byToken = await fetch(`${h.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    expect(byToken.status).toBe(200);
  });
});
