import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../core/clock.js';
import { counterStoreContract } from '../counters-contract.js';
import { openSqliteDatabase } from './open-sqlite-store.js';
import { createSqliteCounters } from './sqlite-counters.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-counters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describe('sqlite counters', () => {
  counterStoreContract(
    async () => {
      const db = openSqliteDatabase(join(dir, `c${++n}.db`));
      const counters = createSqliteCounters(db, systemClock);
      return {
        ...counters,
        close: async () => {
          db.close();
        },
      };
    },
    () => `key_${++n}`,
  );

  it('is shared by two connections to one file (two gateway processes on one host)', async () => {
    const path = join(dir, 'shared.db');
    const a = openSqliteDatabase(path);
    const b = openSqliteDatabase(path);
    try {
      const request = { keyId: 'k', limits: { rpm: 3 }, tokens: 0, costUsd: 0, now: Date.UTC(2026, 0, 1) };
      const first = createSqliteCounters(a, systemClock);
      const second = createSqliteCounters(b, systemClock);
      const verdicts = [first, second, first, second].map((c) => c.consumeSync(request).allowed);
      expect(verdicts).toEqual([true, true, true, false]);
    } finally {
      a.close();
      b.close();
    }
  });
});
