import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS } from '../taxonomy.js';
import { builtinAttacks, selectAttacks } from './library.js';

describe('attack library', () => {
  const attacks = builtinAttacks();

  it('has at least 300 base attacks with unique ids', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(300);
    expect(new Set(attacks.map((a) => a.id)).size).toBe(attacks.length);
  });

  it('covers every category, each mapped to OWASP LLM 2025 and SAIF', () => {
    for (const category of CATEGORY_IDS) {
      expect(
        attacks.some((a) => a.category === category),
        category,
      ).toBe(true);
      expect(CATEGORIES[category].owasp).toMatch(/^LLM\d\d:2025 /);
      expect(CATEGORIES[category].saif.length).toBeGreaterThan(3);
    }
  });

  it('gives every marker attack a marker placeholder to look for', () => {
    for (const attack of attacks.filter((a) => a.goal.kind === 'marker')) {
      expect([...attack.turns, attack.document ?? ''].join(' '), attack.id).toContain('{{MARKER}}');
    }
  });

  it('attributes every attack', () => {
    for (const attack of attacks) expect(attack.source, attack.id).toMatch(/^bastion$|\((MIT|Apache)/);
  });

  it('selects by category and samples per category', () => {
    const pii = selectAttacks(attacks, { categories: ['pii_extraction'] });
    expect(pii.every((a) => a.category === 'pii_extraction')).toBe(true);
    const sampled = selectAttacks(attacks, { sample: 5 });
    expect(sampled.length).toBeLessThan(attacks.length / 4);
    expect(new Set(sampled.map((a) => a.category)).size).toBe(CATEGORY_IDS.length);
  });
});
