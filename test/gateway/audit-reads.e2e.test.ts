import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import type { AuditRecord } from '../../src/store/types.js';
import { defaultYaml, errorOf, raw, startHarness, type Harness } from './harness.js';

/** Requests that call no model (listings, guard scans) leave an audit record too: who asked what, when. */
let h: Harness;
let secret: string;
let keyId: string;

beforeAll(async () => {
  h = await startHarness();
  secret = await h.key({ name: 'reader' });
  keyId = (await h.store.keys.list()).find((k) => k.name === 'reader')?.id ?? '';
});
afterAll(async () => {
  await h.close();
});

async function last(): Promise<AuditRecord | undefined> {
  let found: AuditRecord | undefined;
  for await (const r of h.store.audit.export()) found = r;
  return found;
}

const auth = () => ({ authorization: `Bearer ${secret}` });

describe('audit of requests that call no model', () => {
  it('GET /v1/models and /v1/models/:id leave a record with key, use case and route', async () => {
    const list = await raw(`${h.url}/v1/models`, { method: 'GET', headers: auth() });
    expect(list.status).toBe(200);
    expect(await last()).toMatchObject({
      keyId,
      useCase: 'app',
      status: 200,
      model: null,
      extra: { route: 'GET /v1/models' },
    });
    const one = await raw(`${h.url}/v1/models/fast`, { method: 'GET', headers: auth() });
    expect(one.status).toBe(200);
    expect(await last()).toMatchObject({
      keyId,
      model: 'fast',
      status: 200,
      extra: { route: 'GET /v1/models/:id' },
    });
    const missing = await raw(`${h.url}/v1/models/nope`, { method: 'GET', headers: auth() });
    expect(missing.status).toBe(404);
    expect(await last()).toMatchObject({
      keyId,
      status: 404,
      errorCode: 'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
    });
  });

  it('POST /v1/guard/scan records direction, action and finding kinds, and the text only as a hash', async () => {
    const text = 'mail jane.doe@example.com key AKIAZ3MSJV4WQEXAMPLQ';
    const res = await raw(`${h.url}/v1/guard/scan`, {
      headers: auth(),
      body: JSON.stringify({ text, direction: 'output', redact: true }),
    });
    expect(res.status).toBe(200);
    const record = await last();
    expect(record).toMatchObject({
      keyId,
      useCase: 'app',
      status: 200,
      extra: {
        route: 'POST /v1/guard/scan',
        guardScan: { direction: 'output', action: 'redact', flagged: true },
      },
      content: { mode: 'hashes', prompt: null, response: sha256Hex(text) },
    });
    expect(record?.findings.map((f) => f.scanner).sort()).toEqual(['pii', 'secrets']);
    expect(JSON.stringify(record)).not.toContain('AKIAZ3MSJV4WQEXAMPLQ');
    expect(JSON.stringify(record)).not.toContain('jane.doe');

    const clean = await raw(`${h.url}/v1/guard/scan`, {
      headers: auth(),
      body: '{"text":"How do I bake bread?"}',
    });
    expect(clean.status).toBe(200);
    expect(await last()).toMatchObject({
      extra: { guardScan: { direction: 'input', action: 'allow', flagged: false } },
      findings: [],
      content: { prompt: sha256Hex('How do I bake bread?'), response: null },
    });
  });

  it('fails closed: when the audit log cannot take the record, the scan and the listing answer 503', async () => {
    const db = new Database(h.dbPath);
    db.exec(
      "CREATE TRIGGER audit_refuses_reads BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit log unavailable (test)'); END;",
    );
    try {
      const scan = await raw(`${h.url}/v1/guard/scan`, { headers: auth(), body: '{"text":"hello"}' });
      expect(scan.status).toBe(503);
      expect(errorOf(scan.json).code).toBe('BASTION_ERR_GATEWAY_AUDIT_UNAVAILABLE');
      const list = await raw(`${h.url}/v1/models`, { method: 'GET', headers: auth() });
      expect(list.status).toBe(503);
      expect(list.json?.data).toBeUndefined();
    } finally {
      db.exec('DROP TRIGGER audit_refuses_reads');
      db.close();
    }
    // Recovered: the next listing is answered and recorded.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await raw(`${h.url}/v1/models`, { method: 'GET', headers: auth() })).status).toBe(200);
    expect(await last()).toMatchObject({ keyId, status: 200, extra: { route: 'GET /v1/models' } });
  });

  it('/healthz and /metrics leave no record', async () => {
    const before = (await last())?.seq;
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    const metrics = await fetch(`${h.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    expect(metrics.status).toBe(200);
    await metrics.text();
    expect((await last())?.seq).toBe(before);
  });
});

describe('audit.content: redacted', () => {
  it('keeps the redacted text of a guard scan, never the matched values', async () => {
    const r = await startHarness({
      yaml: (urls) => defaultYaml(urls).replace('content: hashes', 'content: redacted'),
    });
    try {
      const s = await r.key({ name: 'redacted' });
      const text = 'mail jane.doe@example.com key AKIAZ3MSJV4WQEXAMPLQ';
      const res = await raw(`${r.url}/v1/guard/scan`, {
        headers: { authorization: `Bearer ${s}` },
        body: JSON.stringify({ text, direction: 'output', redact: true }),
      });
      expect(res.status).toBe(200);
      let record: AuditRecord | undefined;
      for await (const x of r.store.audit.export()) record = x;
      expect(record?.content.mode).toBe('redacted');
      expect(record?.content.response).toBe((res.json as { redactedText: string }).redactedText);
      expect(record?.content.response).toContain('[REDACTED:');
      expect(JSON.stringify(record)).not.toContain('AKIAZ3MSJV4WQEXAMPLQ');
    } finally {
      await r.close();
    }
  });
});
