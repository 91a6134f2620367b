import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../core/clock.js';
import { counterStoreContract } from '../counters-contract.js';
import type { Reservation } from '../types.js';
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

  it('decides the calls of one event-loop turn in order in one transaction, each all-or-nothing', async () => {
    const db = openSqliteDatabase(join(dir, 'batch.db'));
    try {
      const counters = createSqliteCounters(db, systemClock);
      const now = Date.UTC(2026, 0, 1, 12, 0, 30);
      const limits = { rpm: 4, tpm: 1000 };
      // Five requests in one turn: the third is too big for tpm (refused, charges no request), the others fit
      // until rpm runs out; the two requests after it see the charges made before them in the same batch.
      const verdicts = await Promise.all(
        [300, 300, 600, 300, 300, 10].map((tokens) =>
          counters.consume({ keyId: 'b', limits, tokens, costUsd: 0, now }),
        ),
      );
      expect(verdicts.map((v) => (v.allowed ? 'ok' : v.limit))).toEqual([
        'ok',
        'ok',
        'tpm',
        'ok',
        'tpm',
        'ok',
      ]);
      expect(await counters.usage('b', now)).toMatchObject({ rpm: 4, tpm: 910 });
      // Corrections of one turn apply in order, each floored at zero as on its own.
      const reservations = verdicts.flatMap((v) => (v.allowed ? [v.reservation] : []));
      await Promise.all([
        counters.adjust(reservations[0] as Reservation, { tokens: 0, costUsd: 0 }),
        counters.adjust(reservations[1] as Reservation, { tokens: 50, costUsd: 0 }),
      ]);
      expect(await counters.usage('b', now)).toMatchObject({ rpm: 4, tpm: 360 });
      // Another connection sees the committed charges (two gateway processes on one file).
      const other = openSqliteDatabase(join(dir, 'batch.db'));
      try {
        const second = createSqliteCounters(other, systemClock);
        expect(await second.consume({ keyId: 'b', limits, tokens: 1, costUsd: 0, now })).toMatchObject({
          allowed: false,
          limit: 'rpm',
        });
      } finally {
        other.close();
      }
    } finally {
      db.close();
    }
  });

  it('fails every call of a batch with a counters error when the write fails (nothing half-charged)', async () => {
    const db = openSqliteDatabase(join(dir, 'broken.db'));
    const counters = createSqliteCounters(db, systemClock);
    db.exec('DROP TABLE counters');
    const results = await Promise.allSettled(
      [1, 2].map(() => counters.consume({ keyId: 'x', limits: { rpm: 5 }, tokens: 0, costUsd: 0 })),
    );
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'BASTION_ERR_STORE_COUNTERS',
    });
    db.close();
  });
});
