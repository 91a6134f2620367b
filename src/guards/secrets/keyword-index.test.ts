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

  it('agrees with a naive search on a long random text (the typed-array copy of the text, 46 character classes)', () => {
    const keywords = ['ghp_', 'hp_', 'key', 'api_key', 'sk-', 'pass', 'p@ss', 'x~y', '$1', '.env'];
    const pieces = [
      'ghp_',
      'API',
      '_KEY',
      'key',
      'Sk-',
      'pa',
      'ss',
      'P@SS',
      'x~Y',
      '$1',
      '.ENV',
      ' ',
      'é',
      '😀',
      'z',
    ];
    let seed = 3;
    let text = '';
    while (text.length < 100_000) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      text += pieces[seed % pieces.length];
    }
    const lower = text.toLowerCase();
    const naive: [string, number][] = [];
    keywords.forEach((k) => {
      for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) naive.push([k, i]);
    });
    expect(naive.length).toBeGreaterThan(1000);
    expect(hits(keywords, text)).toEqual(naive.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
  });

  it('reports hits in order of their end across calls into WebAssembly (more hits than one call holds)', () => {
    // 4,096 hit pairs fit per call: 30,000 '@' and 'a@' hits take several, each resuming in the right state.
    const index = buildKeywordIndex(['@', 'a@', 'a@a']);
    const text = 'a@'.repeat(15_000) + 'a';
    const got: number[] = [];
    index.scan(text, (id, at) => got.push(id, at));
    const expected: number[] = [];
    for (let i = 0; i < 15_000; i++) {
      expected.push(1, 2 * i, 0, 2 * i + 1);
      expected.push(2, 2 * i);
    }
    expect(got).toEqual(expected);
  });

  it('scans a text larger than its memory, then small texts again, with the same hits', () => {
    const index = buildKeywordIndex(['key', 'ghp_']);
    const big = 'x'.repeat(3_000_000) + 'KEY ghp_';
    const got: number[] = [];
    index.scan(big, (id, at) => got.push(id, at));
    expect(got).toEqual([0, 3_000_000, 1, 3_000_004]);
    got.length = 0;
    index.scan('a key', (id, at) => got.push(id, at));
    expect(got).toEqual([0, 2]);
  });

  it('walks long texts in two halves with the hits and order of one walk, keywords across the middle included', () => {
    // A long keyword and its pieces around the middle of texts of many lengths (two walks start at 8,192 units).
    const keywords = ['begin rsa private key', 'private', 'key', 'rsa', 'sa pr', 'y', 'begin'];
    const index = buildKeywordIndex(keywords);
    const unit = 'BEGIN RSA PRIVATE KEY ';
    for (let len = 8_190; len < 8_260; len++) {
      for (const shift of [0, 3, 11]) {
        const text = ('.'.repeat(shift) + unit.repeat(Math.ceil(len / unit.length) + 1)).slice(0, len);
        const got: [number, number][] = [];
        index.scan(text, (id, at) => got.push([id, at]));
        // One walk's order: by end, then the automaton's output order; compared as the naive search sorted so.
        const lower = text.toLowerCase();
        const naive: [number, number][] = [];
        keywords.forEach((k, id) => {
          for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) naive.push([id, i]);
        });
        const byEnd = (x: [number, number][]) =>
          [...x].sort(
            (p, q) => p[1] + keywords[p[0]]!.length - (q[1] + keywords[q[0]]!.length) || p[0] - q[0],
          );
        expect(byEnd(got)).toEqual(byEnd(naive));
        // Hits arrive in order of their end.
        for (let i = 1; i < got.length; i++) {
          const end = (h: [number, number]) => h[1] + keywords[h[0]]!.length;
          expect(end(got[i]!)).toBeGreaterThanOrEqual(end(got[i - 1]!));
        }
      }
    }
  });

  it('rejects non-ASCII keywords', () => {
    expect(() => buildKeywordIndex(['schlüssel'])).toThrow(/ASCII/);
  });
});
