import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
import scanner, { estimateTokens } from './limits.js';

describe('limits scanner', () => {
  it('flags text over the character limit', () => {
    expect(runScanner(scanner, 'x'.repeat(101), {}, { maxChars: 100 })[0]).toMatchObject({
      kind: 'limit',
      type: 'max_chars',
      start: 100,
      end: 101,
    });
    expect(runScanner(scanner, 'x'.repeat(100), {}, { maxChars: 100 })).toEqual([]);
  });

  it('flags text over the estimated token limit, counting CJK characters as tokens', () => {
    expect(runScanner(scanner, 'word '.repeat(100), {}, { maxTokens: 100 })[0]?.type).toBe('max_tokens');
    expect(runScanner(scanner, 'word '.repeat(60), {}, { maxTokens: 100 })).toEqual([]);
    expect(estimateTokens('漢字'.repeat(50))).toBe(100);
    expect(runScanner(scanner, '漢字'.repeat(60), {}, { maxTokens: 100 })[0]?.type).toBe('max_tokens');
  });
});
