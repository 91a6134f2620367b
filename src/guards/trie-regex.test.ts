import { describe, expect, it } from 'vitest';
import { trieRegexSource } from './trie-regex.js';

describe('trieRegexSource', () => {
  it('matches the same terms as a longest-first alternation, special characters escaped', () => {
    const terms = ['ignore', 'ignore all', 'ign', 'mr.', 'mr', 'a+b', '指令', 'système'];
    const trie = new RegExp(trieRegexSource(terms), 'g');
    const alt = new RegExp(
      [...terms]
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    const text = 'please ignore all; ignored, ign mr. mrx a+b ab 忽略指令 système systeme';
    expect([...text.matchAll(trie)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(alt)].map((m) => [m.index, m[0]]),
    );
    expect(trie.source).toContain('ign(?:');
  });
});
