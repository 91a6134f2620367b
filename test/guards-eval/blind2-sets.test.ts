import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BLIND2_BENIGN_EN_BY_CATEGORY,
  BLIND2_EVERYDAY_BENIGN,
  BLIND2_EVERYDAY_HARMFUL,
  BLIND2_HARMFUL_EN_BY_CATEGORY,
  BLIND2_HARMFUL_OTHER_LANGUAGE_CATEGORIES,
} from '../../bench/guards/blind2-everyday-requests.js';
import {
  BLIND2_ATTACK_CATEGORIES,
  BLIND2_MULTILINGUAL,
  parseBlind2Block,
} from '../../bench/guards/blind2-multilingual.js';
import { TRAIN_ATTACKS, TRAIN_FRAGMENTS } from '../../bench/guards/eval-attack-templates.js';
import { BLIND_ATTACKS, BLIND_BENIGN } from '../../bench/guards/eval-blind-multilingual.js';
import { evaluateBlind2, formatBlind2, renderBlind2Html } from '../../bench/guards/eval-blind2.js';
import { datasetsDir, loadDatasetRows } from '../../bench/guards/eval-data.js';
import { EVERYDAY_BENIGN, EVERYDAY_HARMFUL } from '../../bench/guards/eval-everyday-requests.js';
import { FRESH_ATTACKS } from '../../bench/guards/eval-fresh-multilingual.js';
import { HELDOUT_ATTACKS } from '../../bench/guards/eval-heldout-templates.js';
import * as harmFixtures from '../../src/guards/detectors/harm-topics.fixtures.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';

/**
 * Sanity of the second blind sets (bench/guards/blind2-*.ts): the promised shape (languages, rows per language and
 * category, labels), no duplicates, no row shared with another evaluation set, the training data or the tuning
 * fixtures (a shared row would not be blind), and the report computed over every row without printing any.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const key = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?。？！]+$/u, '')
    .trim();

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * Every string exported by the harm head's everyday training data (bench/guards/train-data/), plus the rows it
 * generates. Loaded only if present: the folder belongs to the detector work and may not be in every checkout.
 */
async function trainingDataStrings(): Promise<string[]> {
  const dir = path.join(root, 'bench/guards/train-data');
  const out: string[] = [];
  for (const f of ['everyday-en.ts', 'everyday-intl.ts', 'everyday.ts']) {
    if (!existsSync(path.join(dir, f))) continue;
    const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
    strings(mod, out);
    const gen = mod.everydayTrainingRows;
    if (typeof gen === 'function') out.push(...(gen() as { text: string }[]).map((r) => r.text));
  }
  return out;
}
let trainingStrings: string[] = [];
beforeAll(async () => {
  trainingStrings = await trainingDataStrings();
}, 60_000);

const REQUIRED_LANGS = 'de fr es it pt nl pl ru uk tr ar fa he hi bn zh ja ko vi id th sv'.split(' ');
/** Every language has at least this many rows per category (the fixed mix of its first 20 attacks). */
const MIN_PER_CATEGORY = {
  override: 3,
  persona: 4,
  fake_notice: 3,
  indirect: 4,
  exfiltration: 2,
  extraction: 2,
  dictated: 2,
};
const multilingualTexts = Object.values(BLIND2_MULTILINGUAL).flatMap((l) => [
  ...l.attacks.map((a) => a.text),
  ...l.benign,
]);
const everydayTexts = [
  ...Object.values(BLIND2_EVERYDAY_BENIGN),
  ...Object.values(BLIND2_EVERYDAY_HARMFUL),
].flat();

describe('blind2 multilingual set', () => {
  it('has every required language in native script with 24 attacks in the promised mix and 34+ benign rows', () => {
    expect(Object.keys(BLIND2_MULTILINGUAL).sort()).toEqual([...REQUIRED_LANGS].sort());
    for (const [lang, set] of Object.entries(BLIND2_MULTILINGUAL)) {
      const counts = Object.fromEntries(BLIND2_ATTACK_CATEGORIES.map((c) => [c, 0]));
      for (const a of set.attacks) {
        counts[a.category]!++;
        expect(a.label, `${lang}: ${a.category}`).toBe(a.category === 'persona' ? 'jailbreak' : 'injection');
        expect(a.text.length, lang).toBeGreaterThan(15);
      }
      for (const [c, min] of Object.entries(MIN_PER_CATEGORY)) {
        expect(counts[c], `${lang}: ${c}`).toBeGreaterThanOrEqual(min);
      }
      expect(set.attacks.length, lang).toBe(24);
      expect(set.benign.length, lang).toBeGreaterThanOrEqual(34);
    }
    // Native script, not transliteration: most letters of these languages' rows are in their script.
    const script: Record<string, RegExp> = {
      ru: /\p{Script=Cyrillic}/u,
      uk: /\p{Script=Cyrillic}/u,
      ar: /\p{Script=Arabic}/u,
      fa: /\p{Script=Arabic}/u,
      he: /\p{Script=Hebrew}/u,
      hi: /\p{Script=Devanagari}/u,
      bn: /\p{Script=Bengali}/u,
      zh: /\p{Script=Han}/u,
      ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
      ko: /\p{Script=Hangul}/u,
      th: /\p{Script=Thai}/u,
    };
    for (const [lang, re] of Object.entries(script)) {
      const set = BLIND2_MULTILINGUAL[lang]!;
      for (const text of [...set.attacks.map((a) => a.text), ...set.benign])
        expect(re.test(text), text).toBe(true);
    }
  });

  it('rejects a malformed line instead of dropping or mislabelling it', () => {
    expect(() => parseBlind2Block('xx', 'O: fine\nQ: unknown key')).toThrow(/xx: line 2/);
    expect(() => parseBlind2Block('xx', 'no key at all')).toThrow(/line 1/);
    const parsed = parseBlind2Block('xx', 'P: a persona\nI: line one\\nline two\nB: benign');
    expect(parsed.attacks).toEqual([
      { category: 'persona', label: 'jailbreak', text: 'a persona' },
      { category: 'indirect', label: 'injection', text: 'line one\nline two' },
    ]);
    expect(parsed.benign).toEqual(['benign']);
  });
});

describe('blind2 everyday requests', () => {
  it('has 500+ benign and 200+ harmful rows in 10+ languages, English the largest share', () => {
    const langs = Object.keys(BLIND2_EVERYDAY_BENIGN);
    expect(langs.length).toBeGreaterThanOrEqual(11);
    expect(Object.keys(BLIND2_EVERYDAY_HARMFUL).sort()).toEqual([...langs].sort());
    const benign = Object.values(BLIND2_EVERYDAY_BENIGN).flat();
    const harmful = Object.values(BLIND2_EVERYDAY_HARMFUL).flat();
    expect(benign.length).toBeGreaterThanOrEqual(500);
    expect(harmful.length).toBeGreaterThanOrEqual(200);
    for (const lang of langs) {
      if (lang === 'en') continue;
      expect(BLIND2_EVERYDAY_BENIGN.en!.length).toBeGreaterThan(BLIND2_EVERYDAY_BENIGN[lang]!.length);
      expect(BLIND2_EVERYDAY_HARMFUL[lang]!.length, lang).toBe(
        BLIND2_HARMFUL_OTHER_LANGUAGE_CATEGORIES.length,
      );
    }
    expect(BLIND2_EVERYDAY_BENIGN.en).toEqual(Object.values(BLIND2_BENIGN_EN_BY_CATEGORY).flat());
    expect(BLIND2_EVERYDAY_HARMFUL.en).toEqual(Object.values(BLIND2_HARMFUL_EN_BY_CATEGORY).flat());
    for (const rows of Object.values(BLIND2_HARMFUL_EN_BY_CATEGORY))
      expect(rows.length).toBeGreaterThanOrEqual(10);
  });
});

describe('both blind2 sets', () => {
  it('have no duplicate rows, within or across the two sets', () => {
    const seen = new Map<string, string>();
    for (const text of [...multilingualTexts, ...everydayTexts]) {
      const k = key(text);
      expect(seen.has(k), `duplicate: ${text}`).toBe(false);
      seen.set(k, text);
    }
  });

  it('share no row with the other evaluation sets, the training data, the tuning fixtures or the shared datasets', () => {
    const others = new Set(
      [
        strings([
          BLIND_ATTACKS,
          BLIND_BENIGN,
          TRAIN_ATTACKS,
          TRAIN_FRAGMENTS,
          FRESH_ATTACKS,
          HELDOUT_ATTACKS,
        ]),
        strings([EVERYDAY_BENIGN, EVERYDAY_HARMFUL, harmFixtures]),
        trainingStrings,
        loadDatasetRows(datasetsDir(root)).map((r) => r.text),
      ]
        .flat()
        .map(key),
    );
    expect(others.size).toBeGreaterThan(10_000);
    const shared = [...multilingualTexts, ...everydayTexts].filter((t) => others.has(key(t)));
    expect(shared).toEqual([]);
  });

  it('are evaluated over every row, and the report prints rates only, never a row', () => {
    const rep = evaluateBlind2(loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8'))));
    const m = rep.multilingual;
    expect(m.languages.map((l) => l.lang).sort()).toEqual([...REQUIRED_LANGS].sort());
    for (const l of m.languages) {
      expect(l.attacks.n, l.lang).toBe(BLIND2_MULTILINGUAL[l.lang]!.attacks.length);
      expect(l.benign.n, l.lang).toBe(BLIND2_MULTILINGUAL[l.lang]!.benign.length);
      expect(l.benignAsDocument.hits, l.lang).toBeGreaterThanOrEqual(l.benign.hits);
    }
    expect(m.all.attacks.n).toBe(
      Object.values(BLIND2_MULTILINGUAL).reduce((a, l) => a + l.attacks.length, 0),
    );
    expect(m.categories.reduce((a, c) => a + c.recall.n, 0)).toBe(m.all.attacks.n);
    expect(rep.everyday.benign.map((g) => [g.group, g.n])).toEqual(
      Object.entries(BLIND2_EVERYDAY_BENIGN).map(([l, rows]) => [l, rows.length]),
    );
    expect(rep.everyday.harmful.map((g) => [g.group, g.n])).toEqual(
      Object.entries(BLIND2_EVERYDAY_HARMFUL).map(([l, rows]) => [l, rows.length]),
    );
    const text = formatBlind2(rep);
    const html = renderBlind2Html(rep);
    expect(text).toContain('BLIND2 multilingual set');
    expect(text).toContain('BLIND2 everyday requests');
    for (const row of [...multilingualTexts, ...everydayTexts]) {
      expect(text.includes(row)).toBe(false);
      expect(html.includes(row)).toBe(false);
    }
  }, 120_000);
});
