import { describe, expect, it } from 'vitest';
import { hashAuditRecord, sealAuditRecord, toAuditFields } from './audit-chain.js';
import type { AuditEntry, AuditRecord } from './types.js';

describe('hashAuditRecord', () => {
  const record: Omit<AuditRecord, 'hash'> = {
    seq: 42,
    kind: 'request',
    time: '2026-11-25T18:00:00.000Z',
    requestId: 'req-1',
    keyId: 'key_1',
    useCase: 'support',
    model: 'gpt-4o-mini',
    provider: 'up',
    status: 200,
    errorCode: null,
    tokensIn: 20,
    tokensOut: 12,
    costUsd: 0.0000102,
    latencyMs: { total: 0.6, auth: 0.012, parse: 0.031, guards_input: 0.08 },
    findings: [{ scanner: 'pii', kind: 'email', count: 2, maxScore: 0.9 }],
    content: { mode: 'redacted', prompt: 'héllo "wörld" \u2028 \ud83d\ude00', response: null },
    extra: { stream: true, z: [1, { b: 2, a: -0 }] },
    prevHash: '0'.repeat(64),
  };

  it('gives the same hash as every earlier release, so chains written before still verify', () => {
    // Computed with the generic canonicalJson over the record object (the implementation before the fast path).
    expect(hashAuditRecord(record)).toBe('3f143f2ecf10c9aefa7d8f7ec991371a245b0dfd14b0a72552343ebc7ea7b5ee');
  });

  it('ignores members that are not hashed (a stored row carries its own hash) but not member order', () => {
    const shuffled = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(hashAuditRecord({ ...shuffled, hash: 'x' } as AuditRecord)).toBe(hashAuditRecord(record));
    expect(hashAuditRecord({ ...record, status: 500 })).not.toBe(hashAuditRecord(record));
    expect(sealAuditRecord(record, 42, record.prevHash).hash).toBe(hashAuditRecord(record));
  });
});

describe('toAuditFields', () => {
  const entry: AuditEntry = {
    requestId: 'req-1',
    keyId: 'key_1',
    useCase: 'support',
    model: 'gpt-4o-mini',
    provider: 'up',
    status: 200,
    errorCode: null,
    tokensIn: 3,
    tokensOut: 4,
    costUsd: 0.5,
    latencyMs: { total: 1.5, auth: 0.25 },
    findings: [],
    content: { mode: 'hashes', prompt: null, response: null },
  };

  it('keeps an ISO time as given, normalises other date forms, and uses now when none is given', () => {
    expect(toAuditFields({ ...entry, time: '2026-11-25T18:00:00.123Z' }, 0).time).toBe(
      '2026-11-25T18:00:00.123Z',
    );
    expect(toAuditFields({ ...entry, time: '2026-11-25T19:00:00+01:00' }, 0).time).toBe(
      '2026-11-25T18:00:00.000Z',
    );
    expect(toAuditFields(entry, Date.UTC(2026, 0, 2)).time).toBe('2026-01-02T00:00:00.000Z');
  });

  it('keeps exactly the ISO strings toISOString would print (every day of 2024, 2100 and 2000; edge times)', () => {
    for (const year of [2000, 2024, 2100]) {
      for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000 + 3_723_001) {
        const iso = new Date(ms).toISOString();
        expect(toAuditFields({ ...entry, time: iso }, 0).time).toBe(iso);
      }
    }
    // Shaped like ISO but not a real instant: normalised the way Date does, or refused (never kept as given).
    expect(toAuditFields({ ...entry, time: '2023-02-29T00:00:00.000Z' }, 0).time).toBe(
      '2023-03-01T00:00:00.000Z',
    );
    expect(toAuditFields({ ...entry, time: '2100-02-29T00:00:00.000Z' }, 0).time).toBe(
      '2100-03-01T00:00:00.000Z',
    );
    expect(toAuditFields({ ...entry, time: '2024-02-29T23:59:59.999Z' }, 0).time).toBe(
      '2024-02-29T23:59:59.999Z',
    );
    for (const bad of ['2026-00-10T00:00:00.000Z', '2026-04-31T00:00:00.000Z', '2026-01-01T24:00:00.000Z']) {
      const stored = (() => {
        try {
          return toAuditFields({ ...entry, time: bad }, 0).time;
        } catch {
          return 'refused';
        }
      })();
      expect(stored).not.toBe(bad);
    }
  });

  it('refuses a time that only looks like ISO, and non-finite numbers, as a write failure (fail closed)', () => {
    for (const bad of [
      { ...entry, time: '2026-13-45T99:00:00.000Z' },
      { ...entry, time: 'yesterday' },
      { ...entry, latencyMs: { total: Number.NaN } },
      { ...entry, costUsd: Number.POSITIVE_INFINITY },
    ]) {
      expect(() => toAuditFields(bad, 0)).toThrow(
        expect.objectContaining({ code: 'BASTION_ERR_STORE_AUDIT_WRITE' }),
      );
    }
  });

  it('copies the latencies it was given (own members only)', () => {
    const latencyMs = Object.assign(Object.create({ inherited: 9 }) as Record<string, number>, { total: 2 });
    const fields = toAuditFields({ ...entry, latencyMs }, 0);
    expect(fields.latencyMs).toEqual({ total: 2 });
    expect(fields.latencyMs).not.toBe(latencyMs);
  });
});
