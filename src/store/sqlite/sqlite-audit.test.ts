import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { collect, sampleAuditEntry } from '../audit-fixtures.js';
import type { AuditStore } from '../types.js';
import { openSqliteDatabase } from './open-sqlite-store.js';
import { createSqliteAudit } from './sqlite-audit.js';

let dir: string;
let db: Database.Database;
let audit: AuditStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-audit-'));
  db = openSqliteDatabase(join(dir, 'audit.db'));
  audit = createSqliteAudit(db, systemClock);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fill(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await audit.append(sampleAuditEntry(i));
}

describe('sqlite audit log', () => {
  it('chains records: seq, prevHash = previous hash, verify ok', async () => {
    const first = await audit.append(sampleAuditEntry(0));
    const second = await audit.append(sampleAuditEntry(1));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe('0'.repeat(64));
    expect(second.prevHash).toBe(first.hash);
    expect(await audit.verify()).toEqual({ ok: true, count: 2, headSeq: 2, headHash: second.hash });
    expect(await audit.head()).toEqual({ seq: 2, hash: second.hash });
  });

  it('stores every field the gateway passes and gives it back unchanged', async () => {
    const entry = sampleAuditEntry(7, {
      errorCode: 'BASTION_ERR_PROVIDERS_TIMEOUT',
      status: 504,
      content: { mode: 'full', prompt: 'Bonjour, ça va ? 🙂', response: null },
    });
    const written = await audit.append(entry);
    const [read] = await collect(audit.export());
    expect(read).toEqual(written);
    expect(read).toMatchObject({ ...entry, extra: entry.extra });
  });

  it('group-commits concurrent appends into one gap-free chain, also across two connections to the file', async () => {
    const other = openSqliteDatabase(join(dir, 'audit.db'));
    try {
      const second = createSqliteAudit(other, systemClock);
      const records = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? second : audit).append(sampleAuditEntry(i))),
      );
      expect(new Set(records.map((r) => r.seq)).size).toBe(200);
      expect(Math.max(...records.map((r) => r.seq))).toBe(200);
      expect(await audit.verify()).toMatchObject({ ok: true, count: 200, headSeq: 200 });
    } finally {
      other.close();
    }
  });

  it('names an edited record', async () => {
    await fill(5);
    db.prepare('UPDATE audit SET cost_usd = 0 WHERE seq = 3').run();
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: false, seq: 3, reason: 'edited', checked: 2 });
    if (!result.ok) expect(result.message).toContain('record seq 3 (request req_2');
  });

  it('names an edited JSON column, even when the edit is not valid JSON', async () => {
    await fill(3);
    db.prepare(`UPDATE audit SET findings = '[{"oops"' WHERE seq = 2`).run();
    expect(await audit.verify()).toMatchObject({ ok: false, seq: 2, reason: 'edited' });
  });

  it('reports a deleted record as a gap', async () => {
    await fill(6);
    db.prepare('DELETE FROM audit WHERE seq IN (3, 4)').run();
    const result = await audit.verify();
    expect(result).toMatchObject({ ok: false, seq: 3, reason: 'deleted' });
    if (!result.ok) expect(result.message).toMatch(/seq 3\.\.4 are missing/);
  });

  it('reports records deleted from the end against the head', async () => {
    await fill(4);
    db.prepare('DELETE FROM audit WHERE seq = 4').run();
    expect(await audit.verify()).toMatchObject({ ok: false, seq: 4, reason: 'truncated' });
  });

  it('finds a record rewritten with a recomputed hash by the broken link', async () => {
    await fill(4);
    const [, second] = await collect(audit.export());
    if (!second) throw new Error('missing record');
    const { hashAuditRecord } = await import('../audit-chain.js');
    const forged = { ...second, status: 500 };
    const { hash: _old, ...unsealed } = forged;
    db.prepare('UPDATE audit SET status = 500, hash = ? WHERE seq = 2').run(hashAuditRecord(unsealed));
    expect(await audit.verify()).toMatchObject({ ok: false, seq: 3, reason: 'chain_broken' });
  });

  it('purges old records, anchors the chain and still verifies; appends continue the chain', async () => {
    await fill(10); // times 00:00 .. 00:09
    const cutoff = new Date(Date.UTC(2026, 0, 1, 0, 5)).toISOString();
    expect(await audit.purge(cutoff)).toEqual({ deleted: 5, throughSeq: 5 });
    const records = await collect(audit.export());
    expect(records.map((r) => r.seq)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(records.at(-1)).toMatchObject({ kind: 'purge', extra: { throughSeq: 5, deleted: 5 } });
    await audit.append(sampleAuditEntry(99));
    expect(await audit.verify()).toMatchObject({ ok: true, count: 7, headSeq: 12 });
    expect(await audit.purge(cutoff)).toEqual({ deleted: 0, throughSeq: null });
  });

  it('purges large logs in chunks, each anchored, and the result still verifies', async () => {
    // 12,000 records one second apart; purge the first 11,000 (three chunks of at most 5,000).
    const t0 = Date.UTC(2026, 0, 1);
    await Promise.all(
      Array.from({ length: 12_000 }, (_, i) =>
        audit.append(sampleAuditEntry(i, { time: new Date(t0 + i * 1000).toISOString() })),
      ),
    );
    const progress: [number, number][] = [];
    await audit.verify({ onProgress: (checked, total) => progress.push([checked, total]) });
    expect(progress).toEqual([
      [5000, 12_000],
      [10_000, 12_000],
    ]);
    expect(await audit.purge(t0 + 11_000 * 1000)).toEqual({ deleted: 11_000, throughSeq: 11_000 });
    const purges = db.prepare("SELECT count(*) AS n FROM audit WHERE kind = 'purge'").get() as { n: number };
    expect(purges.n).toBe(3);
    expect(await audit.verify()).toMatchObject({ ok: true, count: 1003, headSeq: 12_003 });
  });

  it('detects records deleted after a purge by moving the base by hand', async () => {
    await fill(10);
    await audit.purge(new Date(Date.UTC(2026, 0, 1, 0, 3)).toISOString());
    const seven = db.prepare('SELECT hash FROM audit WHERE seq = 7').get() as { hash: string };
    db.prepare('DELETE FROM audit WHERE seq <= 7').run();
    db.prepare('UPDATE audit_chain SET base_seq = 7, base_hash = ?').run(seven.hash);
    expect(await audit.verify()).toMatchObject({ ok: false, reason: 'anchor_mismatch' });
  });

  it('reports a deleted chain head row instead of crashing, and refuses to append without it', async () => {
    await fill(2);
    db.prepare('DELETE FROM audit_chain').run();
    expect(await audit.verify()).toMatchObject({
      ok: false,
      reason: 'chain_broken',
      message: expect.stringMatching(/head row is missing/),
    });
    await expect(audit.append(sampleAuditEntry(2))).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_AUDIT_WRITE',
    });
  });

  it('exports a time range in seq order', async () => {
    await fill(10);
    const since = new Date(Date.UTC(2026, 0, 1, 0, 2)).toISOString();
    const until = Date.UTC(2026, 0, 1, 0, 5);
    const records = await collect(audit.export({ since, until }));
    expect(records.map((r) => r.requestId)).toEqual(['req_2', 'req_3', 'req_4']);
  });

  it('fails closed with AUDIT_WRITE when the database is full, and leaves the chain intact', async () => {
    await fill(3);
    // Cap the file at its current size: the next page allocation fails with SQLITE_FULL, as on a full disk.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = sampleAuditEntry(3, {
      content: { mode: 'full', prompt: 'x'.repeat(200_000), response: null },
    });
    const error = await audit.append(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BastionError);
    expect(error).toMatchObject({
      code: 'BASTION_ERR_STORE_AUDIT_WRITE',
      status: 503,
      details: { sqliteCode: 'SQLITE_FULL' },
    });
    expect(await audit.verify()).toMatchObject({ ok: true, count: 3, headSeq: 3 });
    db.pragma(`max_page_count = ${pages + 10_000}`);
    expect((await audit.append(big)).seq).toBe(4);
    expect(await audit.verify()).toMatchObject({ ok: true, count: 4 });
  });

  it('fails closed with AUDIT_WRITE on a read-only database', async () => {
    await fill(1);
    const readonly = new Database(join(dir, 'audit.db'), { readonly: true });
    try {
      const error = await createSqliteAudit(readonly, systemClock)
        .append(sampleAuditEntry(1))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'BASTION_ERR_STORE_AUDIT_WRITE',
        details: { sqliteCode: 'SQLITE_READONLY' },
      });
    } finally {
      readonly.close();
    }
  });

  it('rejects an entry that cannot be hashed (NaN cost) as a write failure', async () => {
    const error = await audit.append(sampleAuditEntry(0, { costUsd: Number.NaN })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BASTION_ERR_STORE_AUDIT_WRITE' });
    expect(await audit.head()).toMatchObject({ seq: 0 });
  });
});
