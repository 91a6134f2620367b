/**
 * Validates blind4 rows without scanning them: schema, unique ids, one label per kind, no exact or
 * normalised duplicates, no near-duplicates (character 5-gram Jaccard), and the minimum counts the set promises.
 */
import { z } from 'zod';
import { BLIND4_LABELS, BLIND4_LANGS, BLIND4_SOURCES, groupOf, type Blind4Row } from './blind4-types.js';

const rowSchema = z
  .object({
    id: z.string().regex(/^b4-[a-z]+-[a-z0-9-]+-\d+$/),
    lang: z.enum(BLIND4_LANGS),
    kind: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.enum(BLIND4_LABELS),
    source: z.enum(BLIND4_SOURCES),
    text: z.string().min(8).max(20_000),
  })
  .strict();

/** Minimum rows per group, and how many non-English base languages each group must cover. */
const MIN = { attack: 400, benign: 400, harmful: 150, lookalike: 200 } as const;
const MIN_OTHER_LANGS = 15;
/** Indirect injection and its benign twins arrive as retrieved documents, scanned with source 'document'. */
const MIN_DOCS = { attack: 100, benign: 100, harmful: 0, lookalike: 0 } as const;
/** Shingle Jaccard at or above this is a near-duplicate (template filler, copy-paste with one word changed). */
const NEAR_DUP = 0.8;

export interface SelfCheckCounts {
  rows: number;
  groups: Record<string, { rows: number; documents: number; languagesBesidesEnglish: number }>;
  kinds: Record<string, { group: string; rows: number; documents: number; languages: number }>;
  langs: Record<string, Record<string, number>>;
}

export interface SelfCheckReport {
  /** Markdown tables for people. */
  lines: string[];
  /** The same counts for machines (`--self-check --json`). */
  counts: SelfCheckCounts;
  errors: string[];
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Character 5-gram shingles of the normalised text: works for scripts without spaces (zh, ja) too. */
function shingles(s: string): Set<string> {
  const t = norm(s);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= t.length; i++) out.add(t.slice(i, i + 5));
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** "hi-Latn" → hi, "es+en" → es: the language a row adds coverage for. */
const baseLang = (l: string) => l.split(/[-+]/)[0] ?? l;

export function selfCheck(rows: readonly Blind4Row[]): SelfCheckReport {
  const errors: string[] = [];
  const lines: string[] = [];
  for (const r of rows) {
    const p = rowSchema.safeParse(r);
    if (!p.success)
      errors.push(`${r.id}: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) errors.push(`duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const kindLabel = new Map<string, string>();
  for (const r of rows) {
    const l = kindLabel.get(r.kind);
    if (l !== undefined && l !== r.label)
      errors.push(`kind ${r.kind} has labels ${l} and ${r.label} (${r.id})`);
    kindLabel.set(r.kind, r.label);
  }
  const byText = new Map<string, string>();
  for (const r of rows) {
    const k = norm(r.text);
    const prev = byText.get(k);
    if (prev !== undefined) errors.push(`duplicate text: ${prev} and ${r.id}`);
    else byText.set(k, r.id);
  }
  const grams = rows.map((r) => shingles(r.text));
  const normed = rows.map((r) => norm(r.text));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = grams[i];
      const b = grams[j];
      if (a === undefined || b === undefined || normed[i] === normed[j]) continue;
      // Jaccard <= smaller/larger, so sets of very different sizes cannot be near-duplicates.
      if (Math.min(a.size, b.size) < NEAR_DUP * Math.max(a.size, b.size)) continue;
      const sim = jaccard(a, b);
      if (sim >= NEAR_DUP)
        errors.push(`near-duplicate (${sim.toFixed(2)}): ${rows[i]?.id} and ${rows[j]?.id}`);
    }
  }

  const groups = ['attack', 'benign', 'harmful', 'lookalike'] as const;
  const counts: SelfCheckCounts = { rows: rows.length, groups: {}, kinds: {}, langs: {} };
  lines.push(`# blind4 self-check: ${rows.length} rows`);
  for (const g of groups) {
    const rs = rows.filter((r) => groupOf(r) === g);
    const langs = new Set(rs.map((r) => baseLang(r.lang)));
    langs.delete('en');
    const docs = rs.filter((r) => r.source === 'document').length;
    counts.groups[g] = { rows: rs.length, documents: docs, languagesBesidesEnglish: langs.size };
    lines.push(`${g}: ${rs.length} rows (${docs} documents), ${langs.size} languages besides English`);
    if (rs.length < MIN[g]) errors.push(`${g}: ${rs.length} rows, fewer than ${MIN[g]}`);
    if (docs < MIN_DOCS[g]) errors.push(`${g}: ${docs} document rows, fewer than ${MIN_DOCS[g]}`);
    if (langs.size < MIN_OTHER_LANGS) {
      errors.push(`${g}: only ${langs.size} non-English languages, fewer than ${MIN_OTHER_LANGS}`);
    }
  }
  lines.push(
    '',
    '## rows per kind',
    '| group | kind | rows | documents | languages |',
    '|---|---|---|---|---|',
  );
  const kinds = [...new Set(rows.map((r) => `${groupOf(r)}\t${r.kind}`))].sort();
  for (const gk of kinds) {
    const [g, k] = gk.split('\t');
    const rs = rows.filter((r) => r.kind === k);
    const docs = rs.filter((r) => r.source === 'document').length;
    const nLangs = new Set(rs.map((r) => r.lang)).size;
    if (g !== undefined && k !== undefined)
      counts.kinds[k] = { group: g, rows: rs.length, documents: docs, languages: nLangs };
    lines.push(`| ${g} | ${k} | ${rs.length} | ${docs} | ${nLangs} |`);
  }
  lines.push(
    '',
    '## rows per language',
    '| lang | attack | benign | harmful | lookalike | total |',
    '|---|---|---|---|---|---|',
  );
  for (const lang of BLIND4_LANGS) {
    const rs = rows.filter((r) => r.lang === lang);
    if (rs.length === 0) continue;
    const c = groups.map((g) => rs.filter((r) => groupOf(r) === g).length);
    counts.langs[lang] = Object.fromEntries(groups.map((g, i) => [g, c[i] ?? 0]));
    lines.push(`| ${lang} | ${c.join(' | ')} | ${rs.length} |`);
  }
  lines.push('');
  return { lines, counts, errors };
}
