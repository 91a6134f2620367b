import { describe, expect, it } from 'vitest';
import { evaluateLookalikes } from '../../bench/guards/eval-lookalikes.js';

/**
 * Regression bar for Bastion's own benign look-alikes (bench/guards/train-data/benign-lookalikes.ts: security
 * write-ups quoting attacks, system prompts and requests to write one, "act as" requests), DEV third only (never
 * trained on): the shipped detectors flagged 6 of 22 as a prompt before the concept features, 5 after. Kinds ending
 * in "+" are the evaluation-only rows of benign-lookalikes-roles.ts (long role-play requests, password-game system
 * prompts, instruction tasks, write-ups), never trained on: 2 of 68 flagged when they were written.
 */
describe('benign look-alikes (dev rows)', () => {
  const counts = evaluateLookalikes('dev');
  const sum = (added: boolean) => {
    const kinds = counts.filter((c) => c.kind !== 'ALL' && c.kind.endsWith('+') === added);
    return {
      rows: kinds.reduce((n, c) => n + c.rows, 0),
      prompt: kinds.reduce((n, c) => n + c.prompt, 0),
      document: kinds.reduce((n, c) => n + c.document, 0),
    };
  };

  it('flags few of them', () => {
    const first = sum(false);
    expect(first.rows).toBeGreaterThanOrEqual(20);
    expect(first.prompt).toBeLessThanOrEqual(5);
    expect(first.document).toBeLessThanOrEqual(7);
    const added = sum(true);
    expect(added.rows).toBeGreaterThanOrEqual(60);
    expect(added.prompt).toBeLessThanOrEqual(2);
    expect(added.document).toBeLessThanOrEqual(4);
  });

  it('leaves every "act as" request and every instruction task alone', () => {
    for (const kind of ['actAs', 'actAs+', 'instructions+']) {
      const c = counts.find((x) => x.kind === kind);
      expect(c?.rows ?? 0).toBeGreaterThan(0);
      expect(c?.prompt ?? 0).toBe(0);
    }
  });
});
