import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../../bench/guards/datasets.js';
import { mulberry32 } from '../../core/random.js';
import { createSecretMatcher } from './find-secrets.js';
import { SECRET_RULES } from './rules.js';

/**
 * Rules with `alnumStart` run only at the ends of long alphanumeric runs. That is exact only if the claim holds:
 * each must find what the same rule without it finds (a regex tried at every position), on texts full of near
 * misses — runs one unit too short or too long, the separators around them, non-ASCII letters.
 */
const anchored = SECRET_RULES.filter((r) => r.alnumStart !== undefined);
// A rule with keywords, so the matcher has the keyword index whose copy of the text the run search reads.
const withKeywords = SECRET_RULES.find((r) => r.keywords.length > 0)!;

function alnum(next: () => number, length: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < length; i++) s += chars[Math.floor(next() * chars.length)];
  return s;
}

describe('secret rules anchored at alphanumeric runs find what a full scan finds', () => {
  it('is claimed by at least the Discord token rule', () => {
    expect(anchored.map((r) => r.id)).toContain('discord-bot-token');
  });

  for (const rule of anchored) {
    it(`${rule.id}: on random texts of runs around its lengths and separators, and on the benchmark document`, () => {
      const fast = createSecretMatcher([rule, withKeywords]);
      const full = createSecretMatcher([{ ...rule, alnumStart: undefined }, withKeywords]);
      const next = mulberry32(13);
      const { min, max } = rule.alnumStart!;
      const pieces = ['.', '.', '-', '_', ' ', '\n', 'é', 'M', 'N', 'x', '=', rule.example];
      let found = 0;
      for (let t = 0; t < 1500; t++) {
        let text = '';
        const parts = 1 + Math.floor(next() * 12);
        for (let k = 0; k < parts; k++) {
          // Glued to the last part, or after a separator (a token must not run into a word).
          text += ['', ' ', '.', '-', '\n', ' '][Math.floor(next() * 6)];
          const r = next();
          if (r < 0.45) text += alnum(next, min - 10 + Math.floor(next() * (max - min + 60)));
          else if (r < 0.7)
            // A token's shape with each part one unit short, right or long: letter, run, '.', 6, '.', 27-38.
            text +=
              (next() < 0.5 ? 'M' : 'N') +
              alnum(next, min - 2 + Math.floor(next() * 5)) +
              '.' +
              alnum(next, 5 + Math.floor(next() * 3)) +
              '.' +
              alnum(next, 26 + Math.floor(next() * 14));
          else text += pieces[Math.floor(next() * pieces.length)];
        }
        const want = full.find(text);
        found += want.length;
        expect(fast.find(text)).toEqual(want);
      }
      expect(found).toBeGreaterThan(100);
      const doc = corpusOf(datasetTexts('benign/code_technical.jsonl'), 1 << 18, 3) + rule.example;
      expect(fast.find(doc)).toEqual(full.find(doc));
    });
  }
});
