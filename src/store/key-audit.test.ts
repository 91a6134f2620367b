import { describe, expect, it } from 'vitest';
import { cliKeyAuditEntry, keyAuditEvent } from './key-audit.js';
import type { KeyRecord } from './types.js';

const record: KeyRecord = {
  id: 'key_0LuahNIDF6XN1Dgt',
  name: 'ci',
  prefix: 'bst_abcd',
  useCase: 'demo',
  admin: false,
  limits: { rpm: 60, dailyBudgetUsd: 2.5 },
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-01-02T00:00:00.000Z',
};

describe('key lifecycle audit entries', () => {
  it('name the key, its use case and limits, and leave out the prefix and timestamps of the record', () => {
    const event = keyAuditEvent('rotate', { type: 'admin-key', keyId: 'adm_x' }, record);
    expect(event).toEqual({
      action: 'rotate',
      actor: { type: 'admin-key', keyId: 'adm_x' },
      target: { keyId: record.id, name: 'ci', useCase: 'demo', admin: false, limits: record.limits },
    });
    // Even the secret's first characters stay out of the tamper-evident log.
    expect(JSON.stringify(event)).not.toContain('bst_');
  });

  it('a CLI entry has no request key, status 0, a cli_ request id and the OS user', () => {
    const entry = cliKeyAuditEntry('revoke', record, Date.UTC(2026, 0, 3));
    expect(entry).toMatchObject({
      time: '2026-01-03T00:00:00.000Z',
      keyId: null,
      useCase: 'demo',
      status: 0,
      extra: { route: 'cli keys revoke', keyEvent: { action: 'revoke', actor: { type: 'cli' } } },
    });
    expect(entry.requestId).toMatch(/^cli_[0-9a-f-]{36}$/);
    const actor = (entry.extra?.keyEvent as { actor: { user: string } }).actor;
    expect(actor.user.length).toBeGreaterThan(0);
    expect(cliKeyAuditEntry('revoke', record).requestId).not.toBe(entry.requestId);
  });
});
