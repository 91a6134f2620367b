import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { openStore } from '../../src/store/open-store.js';
import { serviceUrl, uniqueName } from './services.js';

const CHILD = resolve(import.meta.dirname, 'append-forever.ts');
const dir = mkdtempSync(join(tmpdir(), 'bastion-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the appender, lets it write for a moment, then kills it without warning (SIGKILL: no cleanup runs). */
function appendThenKill(url: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('appending')) setTimeout(() => child.kill('SIGKILL'), 400);
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done() : fail(new Error(`appender exited on its own: ${stderr}`)),
    );
  });
}

describe('a crash never leaves a half-written chain', () => {
  it('SQLite: after SIGKILL mid-append the log verifies and appends continue the chain', async () => {
    const url = `sqlite://${join(dir, 'crash.db')}`;
    await appendThenKill(url);
    const store = await openStore({ store: url, counters: 'memory' });
    try {
      const result = await store.audit.verify();
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      expect(result.count).toBeGreaterThan(1);
      const next = await store.audit.append(sampleAuditEntry(1));
      expect(next.seq).toBe(result.headSeq + 1);
      expect(next.prevHash).toBe(result.headHash);
    } finally {
      await store.close();
    }
  });

  it('PostgreSQL: after SIGKILL mid-append the log verifies', async () => {
    const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
    const schema = uniqueName('bastion_crash');
    const url = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
    try {
      await appendThenKill(url);
      const store = await openStore({ store: url, counters: 'memory' });
      try {
        const result = await store.audit.verify();
        expect(result).toMatchObject({ ok: true });
        if (result.ok) expect(result.count).toBeGreaterThan(1);
      } finally {
        await store.close();
      }
    } finally {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});
