import { describe, expect, it } from 'vitest';
import { createCodeUnitBuffer } from './code-units.js';

describe('code unit buffer', () => {
  it('holds exactly the UTF-16 code units, lone surrogates included, across growing and shrinking texts', () => {
    const buffer = createCodeUnitBuffer();
    for (const text of ['a\ud800b\udc00c😀', 'x'.repeat(5000) + 'é', 'short', 'Ω'.repeat(70_000)]) {
      const units = buffer.of(text);
      expect(units.length).toBeGreaterThanOrEqual(text.length);
      for (let i = 0; i < text.length; i++) {
        if (units[i] !== text.charCodeAt(i)) expect(`${i}: ${units[i]}`).toBe(`${i}: ${text.charCodeAt(i)}`);
      }
    }
  });
});
