import { describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock.js';
import { collect, sampleAuditEntry } from './audit-fixtures.js';
import { verifyAuditSegment } from './audit-segment.js';
import { openSqliteDatabase } from './sqlite/open-sqlite-store.js';
import { createSqliteAudit } from './sqlite/sqlite-audit.js';
import type { AuditRecord } from './types.js';

async function exported(): Promise<AuditRecord[]> {
  const db = openSqliteDatabase(':memory:');
  const audit = createSqliteAudit(db, systemClock);
  for (let i = 0; i < 8; i++) await audit.append(sampleAuditEntry(i));
  // A middle window: records at 00:02 .. 00:05 → seq 3..6.
  const records = await collect(
    audit.export({ since: '2026-01-01T00:02:00Z', until: '2026-01-01T00:06:00Z' }),
  );
  db.close();
  // Round-trip through JSON, as a file would.
  return records.map((r) => JSON.parse(JSON.stringify(r)) as AuditRecord);
}

describe('verifyAuditSegment', () => {
  it('accepts an exported window and reports its ends', async () => {
    const records = await exported();
    expect(records.map((r) => r.seq)).toEqual([3, 4, 5, 6]);
    expect(await verifyAuditSegment(records)).toMatchObject({ ok: true, count: 4, firstSeq: 3, lastSeq: 6 });
  });

  it('names an edited record, a removed one and a reordered file', async () => {
    const records = await exported();
    const edited = records.map((r) => (r.seq === 5 ? { ...r, costUsd: 0 } : r));
    expect(await verifyAuditSegment(edited)).toMatchObject({ ok: false, seq: 5, reason: 'edited' });
    const removed = records.filter((r) => r.seq !== 4);
    expect(await verifyAuditSegment(removed)).toMatchObject({ ok: false, seq: 4, reason: 'deleted' });
    const swapped = [records[0], records[2], records[1], records[3]] as AuditRecord[];
    expect(await verifyAuditSegment(swapped)).toMatchObject({ ok: false, reason: 'deleted' });
  });

  it('insists that a segment starting at seq 1 starts from the genesis hash', async () => {
    const db = openSqliteDatabase(':memory:');
    const audit = createSqliteAudit(db, systemClock);
    await audit.append(sampleAuditEntry(0));
    const [first] = await collect(audit.export());
    db.close();
    if (!first) throw new Error('no record');
    expect(await verifyAuditSegment([first])).toMatchObject({ ok: true, count: 1 });
    const { hashAuditRecord } = await import('./audit-chain.js');
    const forged = { ...first, prevHash: 'f'.repeat(64) };
    const { hash: _h, ...unsealed } = forged;
    expect(await verifyAuditSegment([{ ...forged, hash: hashAuditRecord(unsealed) }])).toMatchObject({
      ok: false,
      seq: 1,
      reason: 'chain_broken',
    });
  });
});
