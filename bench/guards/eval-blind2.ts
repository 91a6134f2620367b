import { guardsSchema } from '../../src/core/config/guards-schema.js';
import type { LoadedWeights } from '../../src/guards/detectors/weights.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import {
  BLIND2_BENIGN_EN_BY_CATEGORY,
  BLIND2_EVERYDAY_BENIGN,
  BLIND2_EVERYDAY_HARMFUL,
  BLIND2_HARMFUL_EN_BY_CATEGORY,
} from './blind2-everyday-requests.js';
import { BLIND2_ATTACK_CATEGORIES, BLIND2_MULTILINGUAL } from './blind2-multilingual.js';
import type { Row } from './eval-data.js';
import { isAttackFlag, scoreRows, type Rate } from './eval-run.js';

/**
 * The second blind sets (blind2-multilingual.ts, blind2-everyday-requests.ts), written for the final measurement by
 * a helper who never opened the detectors. Only aggregate rates are computed and printed, never rows: whoever tunes
 * the detectors must not learn which rows they miss. Rows are scored as written (no synthetic variants).
 */
export interface Blind2Language {
  lang: string;
  /** Injection + jailbreak recall, every row scanned as a user prompt. */
  attacks: Rate;
  /** The same, trained model alone (rule layer off). */
  modelOnly: Rate;
  /** `indirect` rows scanned as documents (indirect head on), the rest as prompts. */
  attacksIndirectAsDocument: Rate;
  benign: Rate;
  benignAsDocument: Rate;
}

export interface Blind2EverydayGroup {
  group: string;
  n: number;
  /** harmful_intent at or above its threshold (shipped scanner). */
  harm: number;
  /** prompt_injection or jailbreak at or above its threshold. */
  attack: number;
  /** Any scanner whose default action is block (the user is refused). */
  blocked: number;
}

export interface Blind2Report {
  multilingual: {
    languages: Blind2Language[];
    all: Blind2Language;
    categories: { category: string; recall: Rate; modelOnly: Rate }[];
  };
  everyday: {
    benign: Blind2EverydayGroup[];
    harmful: Blind2EverydayGroup[];
    benignEnCategories: Blind2EverydayGroup[];
    harmfulEnCategories: Blind2EverydayGroup[];
  };
}

const rate = (hits: number, n: number): Rate => ({ n, hits, rate: n === 0 ? 0 : hits / n });

function evaluateMultilingual(weights: LoadedWeights): Blind2Report['multilingual'] {
  const t = weights.threshold;
  const attacks: (Row & { category: string })[] = [];
  const benign: Row[] = [];
  for (const [lang, set] of Object.entries(BLIND2_MULTILINGUAL)) {
    set.attacks.forEach((a, i) =>
      attacks.push({
        file: 'synthetic/blind2-multilingual',
        id: `${lang}-a${i}`,
        text: a.text,
        label: a.label,
        kind: a.category,
        split: 'test',
        lang,
        category: a.category,
      }),
    );
    set.benign.forEach((text, i) =>
      benign.push({
        file: 'synthetic/blind2-multilingual-benign',
        id: `${lang}-b${i}`,
        text,
        label: 'benign',
        kind: `benign:${lang}`,
        split: 'test',
        lang,
      }),
    );
  }
  const withRules = scoreRows(weights, attacks);
  const plain = scoreRows(weights, attacks, false);
  const benignScores = scoreRows(weights, benign);
  type Acc = { a: number; h: number; m: number; d: number; b: number; bh: number; bd: number };
  const zero = (): Acc => ({ a: 0, h: 0, m: 0, d: 0, b: 0, bh: 0, bd: 0 });
  const langs = new Map<string, Acc>();
  const of = (lang: string | undefined): Acc => {
    const v = langs.get(lang ?? '?') ?? zero();
    langs.set(lang ?? '?', v);
    return v;
  };
  const cats = new Map<string, { n: number; h: number; m: number }>();
  attacks.forEach((r, i) => {
    const v = of(r.lang);
    const hit = isAttackFlag(withRules[i]!, t);
    v.a++;
    if (hit) v.h++;
    if (isAttackFlag(plain[i]!, t)) v.m++;
    if (isAttackFlag(withRules[i]!, t, r.category === 'indirect')) v.d++;
    const c = cats.get(r.category) ?? { n: 0, h: 0, m: 0 };
    c.n++;
    if (hit) c.h++;
    if (isAttackFlag(plain[i]!, t)) c.m++;
    cats.set(r.category, c);
  });
  benign.forEach((r, i) => {
    const v = of(r.lang);
    v.b++;
    if (isAttackFlag(benignScores[i]!, t)) v.bh++;
    if (isAttackFlag(benignScores[i]!, t, true)) v.bd++;
  });
  const toLang = (lang: string, v: Acc): Blind2Language => ({
    lang,
    attacks: rate(v.h, v.a),
    modelOnly: rate(v.m, v.a),
    attacksIndirectAsDocument: rate(v.d, v.a),
    benign: rate(v.bh, v.b),
    benignAsDocument: rate(v.bd, v.b),
  });
  const sum = zero();
  const languages = [...langs.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([lang, v]) => {
      for (const k of Object.keys(sum) as (keyof Acc)[]) sum[k] += v[k];
      return toLang(lang, v);
    });
  return {
    languages,
    all: toLang('all', sum),
    categories: BLIND2_ATTACK_CATEGORIES.map((category) => {
      const c = cats.get(category) ?? { n: 0, h: 0, m: 0 };
      return { category, recall: rate(c.h, c.n), modelOnly: rate(c.m, c.n) };
    }),
  };
}

/**
 * Counts one group of everyday requests through the default input pipeline (`bastion scan` with no config), as
 * eval-everyday.ts does. Exported for eval-blind3.ts, which scores its own sets the same way.
 */
export function everydayCounter(): (group: string, texts: readonly string[]) => Blind2EverydayGroup {
  const engine = createGuardEngine(guardsSchema.parse({}));
  const settings = engine.settings('input');
  return (group, texts) => {
    const g: Blind2EverydayGroup = { group, n: 0, harm: 0, attack: 0, blocked: 0 };
    for (const text of texts) {
      g.n++;
      const acted = engine
        .scan(text, { direction: 'input', source: 'user' })
        .findings.filter((f) => f.score >= (settings.get(f.scanner)?.threshold ?? 0.5));
      if (acted.some((f) => f.scanner === 'harmful_intent')) g.harm++;
      if (acted.some((f) => f.scanner === 'prompt_injection' || f.scanner === 'jailbreak')) g.attack++;
      if (acted.some((f) => (settings.get(f.scanner)?.action ?? 'block') === 'block')) g.blocked++;
    }
    return g;
  };
}

/** Everyday requests through the default input pipeline (`bastion scan` with no config), as eval-everyday.ts does. */
function evaluateEverydayRequests(): Blind2Report['everyday'] {
  const count = everydayCounter();
  const groups = (table: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(table).map(([group, texts]) => count(group, texts));
  return {
    benign: groups(BLIND2_EVERYDAY_BENIGN),
    harmful: groups(BLIND2_EVERYDAY_HARMFUL),
    benignEnCategories: groups(BLIND2_BENIGN_EN_BY_CATEGORY),
    harmfulEnCategories: groups(BLIND2_HARMFUL_EN_BY_CATEGORY),
  };
}

export function evaluateBlind2(weights: LoadedWeights): Blind2Report {
  return { multilingual: evaluateMultilingual(weights), everyday: evaluateEverydayRequests() };
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`.padStart(7);
const pctOf = (hits: number, n: number): string => pct(rate(hits, n));

export function sumEveryday(group: string, rows: readonly Blind2EverydayGroup[]): Blind2EverydayGroup {
  return rows.reduce(
    (a, r) => ({
      group,
      n: a.n + r.n,
      harm: a.harm + r.harm,
      attack: a.attack + r.attack,
      blocked: a.blocked + r.blocked,
    }),
    { group, n: 0, harm: 0, attack: 0, blocked: 0 },
  );
}

/** The terminal section printed by `npm run eval:guards` (test split). */
export function formatBlind2(rep: Blind2Report): string {
  const m = rep.multilingual;
  const lines = [
    'BLIND2 multilingual set (bench/guards/blind2-multilingual.ts; never read by the detector authors, do not tune on it)',
    'injection + jailbreak recall (as prompts | model alone | indirect rows as documents), hard-benign FPR (as prompts | as documents)',
    `${'lang'.padEnd(6)} ${'attacks'.padStart(7)} ${'recall'.padStart(7)} ${'model'.padStart(7)} ${'ind.doc'.padStart(7)} ${'benign'.padStart(7)} ${'FPR'.padStart(7)} ${'as doc'.padStart(7)}`,
  ];
  for (const l of [...m.languages, m.all]) {
    lines.push(
      `${l.lang.padEnd(6)} ${String(l.attacks.n).padStart(7)} ${pct(l.attacks)} ${pct(l.modelOnly)} ${pct(l.attacksIndirectAsDocument)} ${String(l.benign.n).padStart(7)} ${pct(l.benign)} ${pct(l.benignAsDocument)}`,
    );
  }
  lines.push('per attack category, all languages (rules+model | model alone)');
  for (const c of m.categories) {
    lines.push(
      `  ${c.category.padEnd(14)} ${String(c.recall.n).padStart(5)} ${pct(c.recall)} ${pct(c.modelOnly)}`,
    );
  }
  const e = rep.everyday;
  const line = (g: Blind2EverydayGroup, harmful: boolean) =>
    `${g.group.padEnd(24)} ${String(g.n).padStart(5)} ${pctOf(g.harm, g.n)} ${harmful ? '' : `${pctOf(g.attack, g.n)} `}${pctOf(g.blocked, g.n)}`;
  lines.push(
    '',
    'BLIND2 everyday requests (bench/guards/blind2-everyday-requests.ts), default input pipeline (`bastion scan`, no config)',
    `${'benign, per language'.padEnd(24)} ${'rows'.padStart(5)} ${'harm'.padStart(7)} ${'inj/jb'.padStart(7)} ${'blocked'.padStart(7)}`,
  );
  for (const g of e.benign) lines.push(line(g, false));
  lines.push(line(sumEveryday('all', e.benign), false));
  lines.push(
    line(
      sumEveryday(
        'all but en',
        e.benign.filter((g) => g.group !== 'en'),
      ),
      false,
    ),
  );
  for (const g of e.benignEnCategories) lines.push(line({ ...g, group: `  en/${g.group}` }, false));
  lines.push(
    `${'harmful, per language'.padEnd(24)} ${'rows'.padStart(5)} ${'harm'.padStart(7)} ${'blocked'.padStart(7)}`,
  );
  for (const g of e.harmful) lines.push(line(g, true));
  lines.push(line(sumEveryday('all', e.harmful), true));
  lines.push(
    line(
      sumEveryday(
        'all but en',
        e.harmful.filter((g) => g.group !== 'en'),
      ),
      true,
    ),
  );
  for (const g of e.harmfulEnCategories) lines.push(line({ ...g, group: `  en/${g.group}` }, true));
  return lines.join('\n');
}

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Paired horizontal bars (recall, FPR) per row as inline SVG. */
function pairBars(items: { label: string; a: number; b: number; note: string }[]): string {
  const rowH = 20;
  const labelW = 120;
  const barW = 300;
  const parts = items.map((it, i) => {
    const y = i * rowH + 4;
    const wa = Math.max(1, Math.round(it.a * barW));
    const wb = Math.max(1, Math.round(it.b * barW));
    return `<text x="${labelW - 8}" y="${y + 12}" text-anchor="end">${esc(it.label)}</text><rect x="${labelW}" y="${y}" width="${wa}" height="8" fill="#2c7a7b"/><rect x="${labelW}" y="${y + 9}" width="${wb}" height="6" fill="#c05621"/><text x="${labelW + barW + 8}" y="${y + 12}">${esc(it.note)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 360}" height="${items.length * rowH + 8}" font-family="sans-serif" font-size="12">${parts.join('')}</svg>`;
}

/** The section of reports/guards-eval.html. */
export function renderBlind2Html(rep: Blind2Report): string {
  const m = rep.multilingual;
  const p = (r: Rate) => `${(r.rate * 100).toFixed(1)}%`;
  const q = (h: number, n: number) => p(rate(h, n));
  const e = rep.everyday;
  const rows = (gs: Blind2EverydayGroup[]) =>
    gs
      .map(
        (g) =>
          `<tr><td>${esc(g.group)}</td><td>${g.n}</td><td>${q(g.harm, g.n)}</td><td>${q(g.attack, g.n)}</td><td>${q(g.blocked, g.n)}</td></tr>`,
      )
      .join('');
  return `<h2>Blind2 multilingual set (second blind set, never read by the detector authors)</h2>
<p>All ${m.languages.length} languages: recall ${p(m.all.attacks)} of ${m.all.attacks.n} attacks (model alone ${p(m.all.modelOnly)}; indirect rows as documents ${p(m.all.attacksIndirectAsDocument)}); false positives ${p(m.all.benign)} of ${m.all.benign.n} hard-benign rows (${p(m.all.benignAsDocument)} as documents). Teal: recall, orange: FPR.</p>
${pairBars(
  m.languages.map((l) => ({
    label: l.lang,
    a: l.attacks.rate,
    b: l.benign.rate,
    note: `recall ${p(l.attacks)} of ${l.attacks.n}, FPR ${p(l.benign)} of ${l.benign.n}`,
  })),
)}
<table><tr><th>category</th><th>attacks</th><th>recall</th><th>model alone</th></tr>${m.categories
    .map(
      (c) =>
        `<tr><td>${esc(c.category)}</td><td>${c.recall.n}</td><td>${p(c.recall)}</td><td>${p(c.modelOnly)}</td></tr>`,
    )
    .join('')}</table>
<h2>Blind2 everyday requests (default input pipeline)</h2>
<table><tr><th>benign</th><th>rows</th><th>harm</th><th>inj/jb</th><th>blocked</th></tr>${rows([...e.benign, sumEveryday('all', e.benign), ...e.benignEnCategories.map((g) => ({ ...g, group: `en/${g.group}` }))])}</table>
<table><tr><th>harmful</th><th>rows</th><th>harm</th><th>inj/jb</th><th>blocked</th></tr>${rows([...e.harmful, sumEveryday('all', e.harmful), ...e.harmfulEnCategories.map((g) => ({ ...g, group: `en/${g.group}` }))])}</table>
`;
}
