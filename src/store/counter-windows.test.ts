import { describe, expect, it } from 'vitest';
import { chargeMicroUsd, decide, monthIndex, planAdjust, planConsume } from './counter-windows.js';

describe('counter windows', () => {
  it('ends the December budget window on 1 January of the next year', () => {
    const now = Date.UTC(2026, 11, 31, 23, 59, 30);
    const { slots } = planConsume(
      { keyId: 'k', limits: { monthlyBudgetUsd: 1 }, tokens: 0, costUsd: 0.5, now },
      now,
    );
    expect(slots[0]?.resetAt).toBe(Date.UTC(2027, 0, 1));
    expect(monthIndex(Date.UTC(2027, 0, 1))).toBe(monthIndex(now) + 1);
  });

  it('counts cost in integer micro-dollars so repeated small charges do not drift', () => {
    const now = Date.UTC(2026, 0, 1);
    const { slots } = planConsume(
      { keyId: 'k', limits: { dailyBudgetUsd: 0.3 }, tokens: 0, costUsd: 0.1, now },
      now,
    );
    const slot = slots[0];
    if (!slot) throw new Error('no slot');
    // 0.1 + 0.1 + 0.1 > 0.3 in floating point; in micro-dollars it is exactly 300000.
    expect(slot.amount * 3).toBe(slot.max);
    const { reservation } = planConsume(
      { keyId: 'k', limits: { dailyBudgetUsd: 0.3 }, tokens: 0, costUsd: 0.1, now },
      now,
    );
    expect(decide(slots, [slot.amount * 2], reservation, now).allowed).toBe(true);
  });

  it('treats negative or non-finite estimates as zero and never adjusts limits that were not charged', () => {
    const now = Date.UTC(2026, 0, 1);
    const { reservation } = planConsume(
      { keyId: 'k', limits: { rpm: 5 }, tokens: -10, costUsd: Number.NaN, now },
      now,
    );
    expect(reservation).toMatchObject({ tokens: 0, costUsd: 0, charged: ['rpm'] });
    expect(planAdjust(reservation, { tokens: 500, costUsd: 1 })).toEqual([]);
  });

  it('charges a cost rounded up to the micro-dollar, so requests cheaper than half of one still spend the budget', () => {
    expect(chargeMicroUsd(0.0000003)).toBe(1);
    expect(chargeMicroUsd(0.00000345)).toBe(4);
    // 0.000003 is 2.9999999999999997e-6 as a double: float noise charges no extra micro-dollar.
    expect(chargeMicroUsd(0.000001 * 3)).toBe(3);
    expect(chargeMicroUsd(0)).toBe(0);
    const now = Date.UTC(2026, 0, 1);
    const { slots } = planConsume(
      { keyId: 'k', limits: { dailyBudgetUsd: 0.00001 }, tokens: 0, costUsd: 0.0000001, now },
      now,
    );
    expect(slots[0]?.amount).toBe(1);
  });
});
