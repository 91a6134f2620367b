import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../../bench/guards/datasets.js';
import { mulberry32 } from '../../core/random.js';
import { createSecretMatcher } from './find-secrets.js';
import { startsWithKeyword } from './literal-start.js';
import { SECRET_RULES } from './rules.js';

describe('startsWithKeyword reads where every match begins', () => {
  it('says yes for a literal prefix that starts with a keyword, after \\b, groups and look-arounds', () => {
    expect(startsWithKeyword(/\b(ghp_[A-Za-z0-9]{36})\b/, ['ghp_'])).toBe(true);
    expect(startsWithKeyword(/\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b/, ['pat'])).toBe(true);
    expect(startsWithKeyword(/(?<![\w-])(?:AKIA|ASIA|A3T[A-Z])[A-Z2-7]{16}/, ['akia', 'asia', 'a3t'])).toBe(
      true,
    );
    expect(startsWithKeyword(/(?:dd_api_key|datadog\.key)=(\w+)/i, ['dd_api_key', 'datadog.key'])).toBe(true);
  });

  it('says no whenever a match could begin elsewhere', () => {
    // A prefix no keyword starts ("api" for "key").
    expect(startsWithKeyword(/(?:api[_-]?key|secret)=(\w+)/i, ['key', 'secret'])).toBe(false);
    // The keyword is longer than what is certain: "sk-" then a group.
    expect(startsWithKeyword(/\b(sk-(?:proj|admin)-\w{80})/, ['sk-proj-', 'sk-admin-'])).toBe(false);
    // An optional first unit or group, a class first, a top-level alternative without the keyword.
    expect(startsWithKeyword(/x?key=(\w+)/, ['key'])).toBe(false);
    expect(startsWithKeyword(/ke?y=(\w+)/, ['key'])).toBe(false);
    expect(startsWithKeyword(/keyx?=(\w+)/, ['keyx'])).toBe(false);
    expect(startsWithKeyword(/keyx*=(\w+)/, ['keyx'])).toBe(false);
    expect(startsWithKeyword(/(?:pre)?key=(\w+)/, ['pre', 'key'])).toBe(false);
    expect(startsWithKeyword(/(?:pre)*key=(\w+)/, ['pre', 'key'])).toBe(false);
    expect(startsWithKeyword(/[kK]ey=(\w+)/, ['key'])).toBe(false);
    expect(startsWithKeyword(/key=(\w+)|token:(\w+)/, ['key'])).toBe(false);
    expect(startsWithKeyword(/(?<name>key)=(\w+)/, ['key'])).toBe(false);
    // With i and u, "k" also matches the Kelvin sign, which the keyword index never reports.
    expect(startsWithKeyword(/key=(\w+)/iu, ['key'])).toBe(false);
    expect(startsWithKeyword(/key=(\w+)/, [])).toBe(false);
  });
});

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SEPARATORS = [' ', '\n', '.', '-', '_', '=', ':', '"', "'", '/', 'é', 'K', '\u212a', ' = ', '\t'];

/** Random texts around `rule`'s keywords and example: the example whole, cut, with its case flipped, glued to words. */
function texts(rule: (typeof SECRET_RULES)[number], next: () => number, count: number): string[] {
  const out: string[] = [];
  const ex = rule.example;
  const pieces = [
    ex,
    ex,
    ex.slice(0, Math.max(1, ex.length - 3)),
    ex.slice(1),
    ex.toUpperCase(),
    ex.toLowerCase(),
    ...rule.keywords,
    ...rule.keywords.map((k) => k.toUpperCase()),
  ];
  for (let t = 0; t < count; t++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 10);
    for (let k = 0; k < parts; k++) {
      const r = next();
      if (r < 0.45) text += pieces[Math.floor(next() * pieces.length)];
      else if (r < 0.75) text += SEPARATORS[Math.floor(next() * SEPARATORS.length)];
      else
        for (let n = Math.floor(next() * 40); n > 0; n--)
          text += LETTERS[Math.floor(next() * LETTERS.length)];
    }
    out.push(text);
  }
  return out;
}

describe('rules tried at their keyword hits find what the window scan finds', () => {
  const atHits = SECRET_RULES.filter((r) => startsWithKeyword(r.regex, r.keywords));

  it('covers most rules, among them the costly ones on prose', () => {
    expect(atHits.length).toBeGreaterThan(150);
    expect(atHits.map((r) => r.id)).toEqual(
      expect.arrayContaining(['airtable-pat', 'twilio-api-key', 'github-pat']),
    );
  });

  it('per rule, on random texts of its keywords, example, near misses and separators', () => {
    const next = mulberry32(29);
    let found = 0;
    for (const rule of atHits) {
      const fast = createSecretMatcher([rule]);
      const full = createSecretMatcher([rule], { atHits: false });
      for (const text of texts(rule, next, 40)) {
        const want = full.find(text);
        found += want.length;
        expect({ id: rule.id, text, got: fast.find(text) }).toEqual({ id: rule.id, text, got: want });
      }
    }
    // Most rules found their example somewhere: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(atHits.length * 10);
  });

  it('all rules together, on documents with the examples spread through them', () => {
    const fast = createSecretMatcher();
    const full = createSecretMatcher(SECRET_RULES, { atHits: false });
    const examples = SECRET_RULES.map((r) => r.example).join('\n');
    for (const [file, offset] of [
      ['benign/documentation.jsonl', 101],
      ['benign/code_technical.jsonl', 3],
    ] as const) {
      const doc = corpusOf(datasetTexts(file), 1 << 18, offset);
      const text = `${doc.slice(0, 1 << 17)}\n${examples}\n${doc.slice(1 << 17)} ${examples.toUpperCase()}`;
      const want = full.find(text);
      expect(want.length).toBeGreaterThan(SECRET_RULES.length / 2);
      expect(fast.find(text)).toEqual(want);
    }
  });
});
