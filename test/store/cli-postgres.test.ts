import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { runCli } from './cli.js';
import { serviceUrl, uniqueName } from './services.js';

const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
const schema = uniqueName('bastion_cli');
const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
const dir = mkdtempSync(join(tmpdir(), 'bastion-cli-pg-'));
const config = join(dir, 'bastion.yaml');
// The URL comes from the environment, as a deployment would do it: ${BASTION_STORE}.
writeFileSync(
  config,
  'store: ${BASTION_STORE}\ncounters: memory\nproviders:\n  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1" }\nmodels:\n  m1: { provider: up }\nuseCases:\n  demo: { models: [m1] }\n',
);

afterAll(async () => {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('bastion keys and audit against PostgreSQL', () => {
  it('creates a key in the configured postgres store and verifies / detects tampering in its audit log', async () => {
    process.env.BASTION_STORE = url;
    try {
      const created = await runCli(['keys', 'create', '--use-case', 'demo', '--config', config], dir);
      expect(created.code, created.stderr).toBe(0);
      const store = await openStore({ store: url, counters: 'memory' });
      try {
        expect(await store.auth.authenticate(created.stdout.trim())).toMatchObject({
          ok: true,
          key: { useCase: 'demo' },
        });
        const existing = [];
        for await (const r of store.audit.export()) existing.push(r);
        expect(existing).toHaveLength(1);
        expect(existing[0]).toMatchObject({
          seq: 1,
          keyId: null,
          useCase: 'demo',
          extra: { keyEvent: { action: 'create', actor: { type: 'cli' }, target: { useCase: 'demo' } } },
        });
        expect(JSON.stringify(existing)).not.toContain(created.stdout.trim());
        for (let i = 0; i < 5; i++) await store.audit.append(sampleAuditEntry(i));
      } finally {
        await store.close();
      }
      const intact = await runCli(['audit', 'verify', '--config', config], dir);
      expect(intact.code, intact.stderr).toBe(0);
      // The key's creation is the first record (`bastion keys create` audits itself), then the five requests.
      expect(intact.stdout).toMatch(/intact: 6 records/);

      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`DELETE FROM ${schema}.bastion_audit WHERE seq = 2`);
      await admin.end();
      const broken = await runCli(['audit', 'verify', '--config', config], dir);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/BROKEN at record seq 2 \(deleted\)/);
    } finally {
      delete process.env.BASTION_STORE;
    }
  });
});
