import { describe, expect, it } from 'vitest';
import { buildKeywordIndex } from './keyword-index.js';

function hits(keywords: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  buildKeywordIndex(keywords).scan(text, (id, at) => out.push([keywords[id] ?? '?', at]));
  return out.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

describe('keyword index (Aho-Corasick)', () => {
  it('finds every occurrence case-insensitively, including overlapping and nested keywords', () => {
    expect(hits(['ghp_', 'hp_', 'key', 'api_key'], 'API_KEY=ghp_x; KEY')).toEqual([
      ['api_key', 0],
      ['key', 4],
      ['ghp_', 8],
      ['hp_', 9],
      ['key', 15],
    ]);
  });

  it('agrees with a naive search on mixed text with non-ASCII characters', () => {
    const keywords = ['sk_live_', 'xoxb-', 'aiza', '@', 'pass'];
    const text = 'Passwort: ünïcödé sk_LIVE_ abc xoxb- AIza… mail@x.org passpass 漢字pass';
    const naive: [string, number][] = [];
    const lower = text.toLowerCase();
    keywords.forEach((k) => {
      for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) naive.push([k, i]);
    });
    expect(hits(keywords, text)).toEqual(naive.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
  });

  it('rejects non-ASCII keywords', () => {
    expect(() => buildKeywordIndex(['schlüssel'])).toThrow(/ASCII/);
  });
});
