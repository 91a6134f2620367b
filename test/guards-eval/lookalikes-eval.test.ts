import { describe, expect, it } from 'vitest';
import { evaluateLookalikes } from '../../bench/guards/eval-lookalikes.js';

/**
 * Regression bar for Bastion's own benign look-alikes (bench/guards/train-data/benign-lookalikes.ts: security
 * write-ups quoting attacks, system prompts and requests to write one, "act as" requests), DEV third only (never
 * trained on): the shipped detectors flagged 6 of 22 as a prompt before the concept features, 5 after.
 */
describe('benign look-alikes (dev rows)', () => {
  it('flags few of them', () => {
    const all = evaluateLookalikes('dev').find((c) => c.kind === 'ALL')!;
    expect(all.rows).toBeGreaterThanOrEqual(20);
    expect(all.prompt).toBeLessThanOrEqual(5);
    expect(all.document).toBeLessThanOrEqual(7);
  });

  it('leaves every "act as" request alone', () => {
    const actAs = evaluateLookalikes('dev').find((c) => c.kind === 'actAs');
    expect(actAs?.prompt ?? 0).toBe(0);
  });
});
