/**
 * `npx tsx bench/guards/eval-blind3.ts [--json] [--smoke]`: scores the THIRD blind sets (blind3-multilingual.ts,
 * blind3-everyday-requests.ts) with the SHIPPED weights and the default input pipeline, the way eval-blind2.ts
 * scores blind2. Only aggregate rates are computed and printed, never a row: whoever tunes the detectors must not
 * learn which rows they miss. `--smoke` scores 3 rows and prints only "ok" (to test the harness without looking).
 * Deliberately NOT part of `npm run eval:guards`: the lead runs it once, after the detector work is frozen.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights, type LoadedWeights } from '../../src/guards/detectors/weights.js';
import { argv } from '../args.js';
import {
  BLIND3_EVERYDAY,
  BLIND3_HARMFUL_CATEGORIES,
  BLIND3_BENIGN_KINDS,
} from './blind3-everyday-requests.js';
import { BLIND3_ATTACK_CATEGORIES, BLIND3_FORMS, BLIND3_MULTILINGUAL } from './blind3-multilingual.js';
import { everydayCounter, sumEveryday, type Blind2EverydayGroup } from './eval-blind2.js';
import type { Row } from './eval-data.js';
import { isAttackFlag, scoreRows, type Rate } from './eval-run.js';

/** One slice of the multilingual set (a language, a category or a form). */
export interface Blind3Slice {
  key: string;
  /** Injection + jailbreak recall, every attack scanned as a user prompt. */
  attacks: Rate;
  /** The same, trained model alone (rule layer off). */
  modelOnly: Rate;
  /** The slice's `indirect` attacks scanned as documents (indirect head on); n = 0 when it has none. */
  indirectAsDocument: Rate;
  /** Hard-benign rows flagged as injection/jailbreak, scanned as a prompt and as a document. */
  benign: Rate;
  benignAsDocument: Rate;
}

export interface Blind3Report {
  multilingual: {
    all: Blind3Slice;
    languages: Blind3Slice[];
    categories: Blind3Slice[];
    forms: Blind3Slice[];
  };
  everyday: {
    benign: Blind2EverydayGroup[];
    harmful: Blind2EverydayGroup[];
    benignKinds: Blind2EverydayGroup[];
    harmfulCategories: Blind2EverydayGroup[];
  };
}

const rate = (hits: number, n: number): Rate => ({ n, hits, rate: n === 0 ? 0 : hits / n });

export type Tagged = Row & { category: string; form: string };

/** Every row of the multilingual set as an eval Row, tagged with its language, category and form. */
export function blind3Rows(): { attacks: Tagged[]; benign: Tagged[] } {
  const attacks: Tagged[] = [];
  const benign: Tagged[] = [];
  for (const [lang, set] of Object.entries(BLIND3_MULTILINGUAL)) {
    set.attacks.forEach((a, i) =>
      attacks.push({
        file: 'synthetic/blind3-multilingual',
        id: `${lang}-a${i}`,
        text: a.text,
        label: a.label,
        kind: a.category,
        split: 'test',
        lang,
        category: a.category,
        form: a.form,
      }),
    );
    set.benign.forEach((b, i) =>
      benign.push({
        file: 'synthetic/blind3-multilingual-benign',
        id: `${lang}-b${i}`,
        text: b.text,
        label: 'benign',
        kind: `benign:${lang}`,
        split: 'test',
        lang,
        category: 'benign',
        form: b.form,
      }),
    );
  }
  return { attacks, benign };
}

interface Acc {
  a: number;
  h: number;
  m: number;
  ia: number;
  id: number;
  b: number;
  bh: number;
  bd: number;
}
const zero = (): Acc => ({ a: 0, h: 0, m: 0, ia: 0, id: 0, b: 0, bh: 0, bd: 0 });
const toSlice = (key: string, v: Acc): Blind3Slice => ({
  key,
  attacks: rate(v.h, v.a),
  modelOnly: rate(v.m, v.a),
  indirectAsDocument: rate(v.id, v.ia),
  benign: rate(v.bh, v.b),
  benignAsDocument: rate(v.bd, v.b),
});

/** What the scanners decided for one row: attack rows use all three, benign rows `prompt` and `document`. */
export interface Blind3Flags {
  /** Flagged as injection/jailbreak, scanned as a user prompt (rules + model). */
  prompt: boolean;
  /** The same, trained model alone. */
  model: boolean;
  /** Flagged when scanned as a document (indirect head on too). */
  document: boolean;
}

/**
 * Aggregates per-row decisions into the report's slices (overall, language, attack category, form). Pure, so its
 * bookkeeping is tested on fabricated decisions without ever scoring a row of the set.
 */
export function tallyBlind3(
  rows: { attacks: readonly Tagged[]; benign: readonly Tagged[] },
  attackFlags: readonly Blind3Flags[],
  benignFlags: readonly Blind3Flags[],
): Blind3Report['multilingual'] {
  const maps = {
    lang: new Map<string, Acc>(),
    category: new Map<string, Acc>(),
    form: new Map<string, Acc>(),
  };
  const all = zero();
  const slot = (dim: keyof typeof maps, key: string): Acc => {
    const v = maps[dim].get(key) ?? zero();
    maps[dim].set(key, v);
    return v;
  };
  rows.attacks.forEach((r, i) => {
    const f = attackFlags[i]!;
    const indirect = r.category === 'indirect';
    const accs = [all, slot('lang', r.lang ?? '?'), slot('category', r.category), slot('form', r.form)];
    for (const v of accs) {
      v.a++;
      if (f.prompt) v.h++;
      if (f.model) v.m++;
      // Only indirect rows are scanned as documents: the others are what a user types.
      if (indirect) v.ia++;
      if (indirect && f.document) v.id++;
    }
  });
  rows.benign.forEach((r, i) => {
    const f = benignFlags[i]!;
    // Benign rows have no attack category: they count overall, in their language and in their form.
    for (const v of [all, slot('lang', r.lang ?? '?'), slot('form', r.form)]) {
      v.b++;
      if (f.prompt) v.bh++;
      if (f.document) v.bd++;
    }
  });
  const sorted = (m: Map<string, Acc>, order?: readonly string[]) =>
    [...m.entries()]
      .sort(([x], [y]) => (order === undefined ? x.localeCompare(y) : order.indexOf(x) - order.indexOf(y)))
      .map(([k, v]) => toSlice(k, v));
  return {
    all: toSlice('all', all),
    languages: sorted(maps.lang),
    categories: sorted(maps.category, BLIND3_ATTACK_CATEGORIES),
    forms: sorted(maps.form, BLIND3_FORMS),
  };
}

function evaluateMultilingual(
  weights: LoadedWeights,
  rows: { attacks: Tagged[]; benign: Tagged[] },
): Blind3Report['multilingual'] {
  const t = weights.threshold;
  const withRules = scoreRows(weights, rows.attacks);
  const plain = scoreRows(weights, rows.attacks, false);
  const benignScores = scoreRows(weights, rows.benign);
  return tallyBlind3(
    rows,
    withRules.map((s, i) => ({
      prompt: isAttackFlag(s, t),
      model: isAttackFlag(plain[i]!, t),
      document: isAttackFlag(s, t, true),
    })),
    benignScores.map((s) => ({
      prompt: isAttackFlag(s, t),
      model: false,
      document: isAttackFlag(s, t, true),
    })),
  );
}

function evaluateEveryday(): Blind3Report['everyday'] {
  const count = everydayCounter();
  const langs = Object.entries(BLIND3_EVERYDAY);
  return {
    benign: langs.map(([lang, set]) =>
      count(
        lang,
        set.benign.map((r) => r.text),
      ),
    ),
    harmful: langs.map(([lang, set]) =>
      count(
        lang,
        set.harmful.map((r) => r.text),
      ),
    ),
    benignKinds: BLIND3_BENIGN_KINDS.map((kind) =>
      count(
        kind,
        langs.flatMap(([, s]) => s.benign.filter((r) => r.kind === kind).map((r) => r.text)),
      ),
    ),
    harmfulCategories: BLIND3_HARMFUL_CATEGORIES.map((category) =>
      count(
        category,
        langs.flatMap(([, s]) => s.harmful.filter((r) => r.category === category).map((r) => r.text)),
      ),
    ),
  };
}

export function evaluateBlind3(weights: LoadedWeights): Blind3Report {
  return { multilingual: evaluateMultilingual(weights, blind3Rows()), everyday: evaluateEveryday() };
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`.padStart(7);
const pctOf = (hits: number, n: number): string => pct(rate(hits, n));
const num = (n: number): string => String(n).padStart(6);

export function formatBlind3(rep: Blind3Report): string {
  const m = rep.multilingual;
  const head = `${''.padEnd(16)} ${'attacks'.padStart(6)} ${'recall'.padStart(7)} ${'model'.padStart(7)} ${'indir.'.padStart(6)} ${'as doc'.padStart(7)} ${'benign'.padStart(6)} ${'FPR'.padStart(7)} ${'as doc'.padStart(7)}`;
  const slice = (s: Blind3Slice) =>
    `${s.key.padEnd(16)} ${num(s.attacks.n)} ${pct(s.attacks)} ${pct(s.modelOnly)} ${num(s.indirectAsDocument.n)} ${pct(s.indirectAsDocument)} ${num(s.benign.n)} ${pct(s.benign)} ${pct(s.benignAsDocument)}`;
  const lines = [
    'BLIND3 multilingual set (bench/guards/blind3-multilingual.ts; never read by the detector authors, do not tune on it)',
    'recall: attacks as prompts (rules+model | model alone); indir./as doc: indirect attacks scanned as documents;',
    'FPR: hard-benign rows flagged as injection/jailbreak (as prompts | as documents)',
    head,
    slice(m.all),
    'per language',
    ...m.languages.map(slice),
    'per attack category (benign rows have none)',
    ...m.categories.map(slice),
    'per form',
    ...m.forms.map(slice),
  ];
  const e = rep.everyday;
  const line = (g: Blind2EverydayGroup) =>
    `${g.group.padEnd(24)} ${num(g.n)} ${pctOf(g.harm, g.n)} ${pctOf(g.attack, g.n)} ${pctOf(g.blocked, g.n)}`;
  const cols = `${'rows'.padStart(6)} ${'harm'.padStart(7)} ${'inj/jb'.padStart(7)} ${'blocked'.padStart(7)}`;
  lines.push(
    '',
    'BLIND3 everyday requests (bench/guards/blind3-everyday-requests.ts), default input pipeline (`bastion scan`, no config)',
    'benign: blocked = false refusal; harmful: blocked = caught',
    `${'benign, per language'.padEnd(24)} ${cols}`,
    ...e.benign.map(line),
    line(sumEveryday('all', e.benign)),
    `${'benign, per kind'.padEnd(24)} ${cols}`,
    ...e.benignKinds.map(line),
    `${'harmful, per language'.padEnd(24)} ${cols}`,
    ...e.harmful.map(line),
    line(sumEveryday('all', e.harmful)),
    `${'harmful, per category'.padEnd(24)} ${cols}`,
    ...e.harmfulCategories.map(line),
  );
  return lines.join('\n');
}

/** Scores one attack, one benign row and one everyday request; returns true when the harness ran end to end. */
function smoke(weights: LoadedWeights): boolean {
  const rows = blind3Rows();
  const m = evaluateMultilingual(weights, {
    attacks: rows.attacks.slice(0, 1),
    benign: rows.benign.slice(0, 1),
  });
  const first = Object.values(BLIND3_EVERYDAY)[0]!;
  const g = everydayCounter()('smoke', [first.benign[0]!.text]);
  return m.all.attacks.n === 1 && m.all.benign.n === 1 && g.n === 1;
}

function main(): number {
  const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  if (argv.includes('--smoke')) {
    if (!smoke(weights)) {
      process.stderr.write('blind3 smoke: the harness did not score the rows it was given\n');
      return 1;
    }
    process.stdout.write('ok\n');
    return 0;
  }
  const rep = evaluateBlind3(weights);
  process.stdout.write(
    argv.includes('--json') ? `${JSON.stringify(rep, null, 2)}\n` : `${formatBlind3(rep)}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
