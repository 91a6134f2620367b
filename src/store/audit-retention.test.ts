import { describe, expect, it } from 'vitest';
import { createLogger } from '../core/log.js';
import { sampleAuditEntry } from './audit-fixtures.js';
import { startAuditRetention } from './audit-retention.js';
import { openStore } from './open-store.js';

describe('audit retention', () => {
  it('purges records older than retentionDays at start and keeps the chain verifiable; logs failures', async () => {
    const store = await openStore({ store: 'sqlite://:memory:', counters: 'memory' });
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    try {
      // Records on 2026-01-01 00:00..00:09; "now" is 2026-01-31 00:05, retention 30 days → 00:00..00:04 go.
      for (let i = 0; i < 10; i++) await store.audit.append(sampleAuditEntry(i));
      const clock = { now: () => Date.UTC(2026, 0, 31, 0, 5), monotonic: () => 0 };
      const retention = startAuditRetention(store.audit, { retentionDays: 30, clock, logger });
      // runNow joins the start-up run still in flight; a second one finds nothing left to purge.
      expect(await retention.runNow()).toEqual({ deleted: 5, throughSeq: 5 });
      expect(await retention.runNow()).toEqual({ deleted: 0, throughSeq: null });
      await retention.stop();
      expect(await store.audit.verify()).toMatchObject({ ok: true, count: 6 });
      expect(lines.join('\n')).toMatch(/purged old records.*"deleted":5/);

      const broken = { ...store.audit, purge: () => Promise.reject(new Error('disk I/O error')) };
      const failing = startAuditRetention(broken, { retentionDays: 30, clock, logger });
      expect(await failing.runNow()).toBeNull();
      await failing.stop();
      expect(lines.join('\n')).toMatch(/purge failed; will retry/);
    } finally {
      await store.close();
    }
  });
});
