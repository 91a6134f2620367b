import { describe, expect, it } from 'vitest';
import { FOLD, HIDDEN_OR_WIDE, foldForIdentifiers, hasHiddenOrWide } from '../pii/fold.js';
import { mayFold } from './may-fold.js';

describe('mayFold', () => {
  it('is false only where the identifier fold can change nothing', () => {
    const fold = new RegExp(FOLD.source);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      // Every character the fold touches (alone, or as a tag's lead surrogate) is one mayFold reports.
      if (
        fold.test(ch) ||
        fold.test(ch + '\udc41') ||
        HIDDEN_OR_WIDE.test(ch) ||
        HIDDEN_OR_WIDE.test(ch + '\udc41')
      )
        expect(mayFold(ch), `U+${c.toString(16)}`).toBe(true);
      if (c < 0xa0) expect(mayFold(`a${ch}b`)).toBe(false);
    }
  });

  it('agrees with foldForIdentifiers and hasHiddenOrWide on ASCII and Latin-1 control texts', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = next(80); j > 0; j--) text += String.fromCharCode(next(0xa0));
      expect(mayFold(text)).toBe(false);
      expect(foldForIdentifiers(text)).toBeUndefined();
      expect(hasHiddenOrWide(text)).toBe(false);
    }
    expect(mayFold('4111\u200b1111')).toBe(true);
    expect(foldForIdentifiers('4111\u200b1111')?.text).toBe('41111111');
  });
});
