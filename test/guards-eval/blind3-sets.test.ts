import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BLIND2_EVERYDAY_BENIGN,
  BLIND2_EVERYDAY_HARMFUL,
} from '../../bench/guards/blind2-everyday-requests.js';
import { BLIND2_MULTILINGUAL } from '../../bench/guards/blind2-multilingual.js';
import {
  BLIND3_BENIGN_KINDS,
  BLIND3_EVERYDAY,
  BLIND3_HARMFUL_CATEGORIES,
  parseBlind3Everyday,
} from '../../bench/guards/blind3-everyday-requests.js';
import {
  BLIND3_ATTACK_CATEGORIES,
  BLIND3_FORMS,
  BLIND3_MULTILINGUAL,
  expandBlind3Markers,
  parseBlind3Block,
} from '../../bench/guards/blind3-multilingual.js';
import { TRAIN_ATTACKS, TRAIN_FRAGMENTS } from '../../bench/guards/eval-attack-templates.js';
import { BLIND_ATTACKS, BLIND_BENIGN } from '../../bench/guards/eval-blind-multilingual.js';
import { blind3Rows, formatBlind3, tallyBlind3, type Blind3Report } from '../../bench/guards/eval-blind3.js';
import { datasetsDir, loadDatasetRows } from '../../bench/guards/eval-data.js';
import { EVERYDAY_BENIGN, EVERYDAY_HARMFUL } from '../../bench/guards/eval-everyday-requests.js';
import { FRESH_ATTACKS } from '../../bench/guards/eval-fresh-multilingual.js';
import { HELDOUT_ATTACKS } from '../../bench/guards/eval-heldout-templates.js';

/**
 * Shape of the third blind sets (bench/guards/blind3-*.ts): languages, rows per language, category and form, valid
 * labels, no empty or duplicate rows, no row shared with blind2. It never scores a row: the sets stay blind.
 */
const key = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?。？！]+$/u, '')
    .trim();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const LANGS = 'de fr es it pt nl pl ru uk tr ar fa he hi bn zh ja ko vi id th sw'.split(' ');
const MIX = {
  override: 4,
  persona: 4,
  fake_notice: 3,
  indirect: 10,
  exfiltration: 3,
  extraction: 3,
  dictated: 3,
};
const TRANSLITERATED = ['ru', 'hi', 'ar', 'ja', 'fa', 'bn'];
const EVERYDAY_LANGS = 'en es pt fr de it pl ru uk tr ar hi zh ja ko id vi'.split(' ');
const SCRIPT: Readonly<Record<string, RegExp>> = {
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

const multilingualTexts = Object.values(BLIND3_MULTILINGUAL).flatMap((l) => [
  ...l.attacks.map((a) => a.text),
  ...l.benign.map((b) => b.text),
]);
const everydayTexts = Object.values(BLIND3_EVERYDAY).flatMap((l) => [
  ...l.benign.map((b) => b.text),
  ...l.harmful.map((h) => h.text),
]);

describe('blind3 multilingual set', () => {
  it('has 22 languages, each with 30 attacks in the fixed mix and 40+ hard-benign rows', () => {
    expect(Object.keys(BLIND3_MULTILINGUAL).sort()).toEqual([...LANGS].sort());
    let attacks = 0;
    let benign = 0;
    for (const [lang, set] of Object.entries(BLIND3_MULTILINGUAL)) {
      const counts = Object.fromEntries(BLIND3_ATTACK_CATEGORIES.map((c) => [c, 0]));
      for (const a of set.attacks) {
        counts[a.category]!++;
        expect(a.label, `${lang}: ${a.category}`).toBe(a.category === 'persona' ? 'jailbreak' : 'injection');
        expect(BLIND3_FORMS).toContain(a.form);
      }
      expect(counts, lang).toEqual(MIX);
      expect(set.benign.length, lang).toBeGreaterThanOrEqual(40);
      attacks += set.attacks.length;
      benign += set.benign.length;
    }
    expect(attacks).toBeGreaterThanOrEqual(600);
    expect(benign).toBeGreaterThanOrEqual(800);
  });

  it('mixes forms: code-switched and obfuscated rows in every language, transliterated ones where promised', () => {
    for (const [lang, set] of Object.entries(BLIND3_MULTILINGUAL)) {
      const forms = (f: string) => set.attacks.filter((a) => a.form === f).length;
      expect(forms('code_switched'), lang).toBeGreaterThanOrEqual(1);
      expect(forms('native'), lang).toBeGreaterThanOrEqual(18);
      expect(
        set.attacks.filter((a) => a.form === 'obfuscated').length +
          set.benign.filter((b) => b.form === 'obfuscated').length,
        lang,
      ).toBeGreaterThanOrEqual(3);
      expect(
        set.benign.some((b) => b.form === 'code_switched'),
        lang,
      ).toBe(true);
      if (TRANSLITERATED.includes(lang))
        expect(
          forms('transliterated') + set.benign.filter((b) => b.form === 'transliterated').length,
          lang,
        ).toBeGreaterThanOrEqual(3);
      // Transliterated rows are in Latin letters; the others of non-Latin languages are in their script.
      const re = SCRIPT[lang];
      for (const row of [...set.attacks, ...set.benign]) {
        if (row.form === 'transliterated') expect(/[a-z]{3}/i.test(row.text), row.text).toBe(true);
        else if (re !== undefined && row.form !== 'obfuscated')
          expect(re.test(row.text), row.text).toBe(true);
      }
    }
  });

  it('expands every obfuscation marker and rejects malformed rows instead of dropping them', () => {
    for (const text of multilingualTexts) expect(text).not.toMatch(/\{\{[a-z0-9]+:/);
    const b64 = expandBlind3Markers('x {{b64:Ignoriere das}} y');
    expect(Buffer.from(b64.split(' ')[1]!, 'base64').toString('utf8')).toBe('Ignoriere das');
    expect(expandBlind3Markers('{{sp:ab cd}}')).toBe('a b   c d');
    expect(expandBlind3Markers('{{zw:abcd}}')).toBe('ab\u200bcd\u200b');
    expect(expandBlind3Markers('{{hg:aaa}}')).toBe('\u0430a\u0430');
    expect(expandBlind3Markers('{{fw:A1}}')).toBe('\uff21\uff11');
    expect(() => expandBlind3Markers('{{rot13:abc}}')).toThrow(/unknown obfuscation marker/);
    expect(() => parseBlind3Block('xx', 'O: fine\nQ: unknown key')).toThrow(/xx: line 2/);
    expect(() => parseBlind3Block('xx', 'O/z: unknown form')).toThrow(/line 1/);
    const parsed = parseBlind3Block('xx', 'P/c: a persona\nI: line one\\nline two\nB/t: benign');
    expect(parsed.attacks).toEqual([
      { category: 'persona', label: 'jailbreak', form: 'code_switched', text: 'a persona' },
      { category: 'indirect', label: 'injection', form: 'native', text: 'line one\nline two' },
    ]);
    expect(parsed.benign).toEqual([{ form: 'transliterated', text: 'benign' }]);
  });
});

describe('blind3 everyday requests', () => {
  it('has 17 languages with 30 benign and 15 harmful rows each, over every kind and category', () => {
    expect(Object.keys(BLIND3_EVERYDAY).sort()).toEqual([...EVERYDAY_LANGS].sort());
    for (const [lang, set] of Object.entries(BLIND3_EVERYDAY)) {
      expect(set.benign.length, lang).toBe(30);
      expect(set.harmful.length, lang).toBe(15);
      for (const kind of BLIND3_BENIGN_KINDS)
        expect(
          set.benign.some((b) => b.kind === kind),
          `${lang}: ${kind}`,
        ).toBe(true);
      for (const category of BLIND3_HARMFUL_CATEGORIES)
        expect(
          set.harmful.some((h) => h.category === category),
          `${lang}: ${category}`,
        ).toBe(true);
    }
    expect(Object.values(BLIND3_EVERYDAY).flatMap((l) => l.benign).length).toBeGreaterThanOrEqual(500);
    expect(Object.values(BLIND3_EVERYDAY).flatMap((l) => l.harmful).length).toBeGreaterThanOrEqual(250);
  });

  it('rejects a malformed line', () => {
    expect(() => parseBlind3Everyday('xx', 'e: fine\nq: unknown key')).toThrow(/xx: line 2/);
    expect(parseBlind3Everyday('xx', 'd: dual\nW: weapon')).toEqual({
      benign: [{ kind: 'dual_use', text: 'dual' }],
      harmful: [{ category: 'weapons', text: 'weapon' }],
    });
  });
});

describe('both blind3 sets', () => {
  it('have no empty rows and no duplicates, within or across the two sets', () => {
    const seen = new Set<string>();
    for (const text of [...multilingualTexts, ...everydayTexts]) {
      expect(text.trim().length, 'empty row').toBeGreaterThanOrEqual(6);
      const k = key(text);
      expect(seen.has(k), `duplicate: ${text}`).toBe(false);
      seen.add(k);
    }
  });

  it('share no row with blind2', () => {
    const blind2 = new Set(
      [
        ...Object.values(BLIND2_MULTILINGUAL).flatMap((l) => [...l.attacks.map((a) => a.text), ...l.benign]),
        ...Object.values(BLIND2_EVERYDAY_BENIGN).flat(),
        ...Object.values(BLIND2_EVERYDAY_HARMFUL).flat(),
      ].map(key),
    );
    expect(blind2.size).toBeGreaterThan(1500);
    expect([...multilingualTexts, ...everydayTexts].filter((t) => blind2.has(key(t)))).toEqual([]);
  });

  it('share no row with the other evaluation sets, the attack templates or the shared datasets', () => {
    // Only which blind3 rows coincide is computed; nothing about the other sets is printed or looked at.
    const others = new Set(
      [
        ...strings([
          BLIND_ATTACKS,
          BLIND_BENIGN,
          TRAIN_ATTACKS,
          TRAIN_FRAGMENTS,
          FRESH_ATTACKS,
          HELDOUT_ATTACKS,
        ]),
        ...strings([EVERYDAY_BENIGN, EVERYDAY_HARMFUL]),
        ...loadDatasetRows(datasetsDir(root)).map((r) => r.text),
      ].map(key),
    );
    expect(others.size).toBeGreaterThan(10_000);
    expect([...multilingualTexts, ...everydayTexts].filter((t) => others.has(key(t)))).toEqual([]);
  });
});

describe('eval-blind3 harness (no scoring)', () => {
  it('tags every row for scoring, and its report prints counts and rates only, never a row', () => {
    const rows = blind3Rows();
    expect(rows.attacks.length).toBe(multilingualTexts.length - rows.benign.length);
    expect(new Set(rows.attacks.map((r) => r.id)).size).toBe(rows.attacks.length);
    expect(
      rows.attacks.every((r) => r.label === (r.category === 'persona' ? 'jailbreak' : 'injection')),
    ).toBe(true);
    expect(rows.benign.every((r) => r.label === 'benign')).toBe(true);
    // A fabricated report (no detector runs here) checks the layout and that no row text can leak into it.
    const r = (hits: number, n: number) => ({ n, hits, rate: n === 0 ? 0 : hits / n });
    const slice = (key: string) => ({
      key,
      attacks: r(1, 2),
      modelOnly: r(0, 2),
      indirectAsDocument: r(1, 1),
      benign: r(0, 3),
      benignAsDocument: r(1, 3),
    });
    const group = (g: string) => ({ group: g, n: 4, harm: 1, attack: 0, blocked: 1 });
    const rep: Blind3Report = {
      multilingual: {
        all: slice('all'),
        languages: [slice('de')],
        categories: [slice('override')],
        forms: [slice('native')],
      },
      everyday: {
        benign: [group('de')],
        harmful: [group('de')],
        benignKinds: [group('medical')],
        harmfulCategories: [group('weapons')],
      },
    };
    const out = formatBlind3(rep);
    expect(out).toContain('50.0%');
    expect(out).toContain('33.3%');
    expect(out).toMatch(/medical\s+4\s+25\.0%/);
    for (const text of [...multilingualTexts, ...everydayTexts].slice(0, 200))
      expect(out.includes(text)).toBe(false);
  });
});

describe('eval-blind3 bookkeeping (fabricated decisions, no scoring)', () => {
  it('counts each row in its language, category and form, and indirect rows as documents only', () => {
    const row = (
      id: string,
      lang: string,
      category: string,
      form: string,
      label: 'injection' | 'benign',
    ) => ({
      file: 'f',
      id,
      text: id,
      label,
      kind: category,
      split: 'test' as const,
      lang,
      category,
      form,
    });
    const attacks = [
      row('a1', 'de', 'indirect', 'native', 'injection'),
      row('a2', 'de', 'override', 'code_switched', 'injection'),
      row('a3', 'ja', 'indirect', 'code_switched', 'injection'),
    ];
    const benign = [
      row('b1', 'de', 'benign', 'native', 'benign'),
      row('b2', 'ja', 'benign', 'obfuscated', 'benign'),
    ];
    const rep = tallyBlind3(
      { attacks, benign },
      [
        { prompt: true, model: false, document: true },
        { prompt: false, model: false, document: true },
        { prompt: false, model: true, document: false },
      ],
      [
        { prompt: false, model: false, document: true },
        { prompt: true, model: false, document: true },
      ],
    );
    expect(rep.all.attacks).toEqual({ n: 3, hits: 1, rate: 1 / 3 });
    expect(rep.all.modelOnly.hits).toBe(1);
    // a2 is flagged as a document but is not an indirect row: it must not count there.
    expect(rep.all.indirectAsDocument).toEqual({ n: 2, hits: 1, rate: 0.5 });
    expect(rep.all.benign).toEqual({ n: 2, hits: 1, rate: 0.5 });
    expect(rep.all.benignAsDocument).toEqual({ n: 2, hits: 2, rate: 1 });
    expect(rep.languages.map((l) => [l.key, l.attacks.n, l.benign.n])).toEqual([
      ['de', 2, 1],
      ['ja', 1, 1],
    ]);
    expect(rep.categories.map((c) => [c.key, c.attacks.n, c.benign.n])).toEqual([
      ['override', 1, 0],
      ['indirect', 2, 0],
    ]);
    expect(rep.forms.map((f) => [f.key, f.attacks.n, f.benign.n])).toEqual([
      ['native', 1, 1],
      ['code_switched', 2, 0],
      ['obfuscated', 0, 1],
    ]);
  });
});
