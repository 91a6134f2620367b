import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TRAIN_ATTACKS, TRAIN_FRAGMENTS, type LanguageAttacks } from './eval-attack-templates.js';
import { HELDOUT_ATTACKS } from './eval-heldout-templates.js';
import { mulberry32 } from '../../src/core/random.js';

/**
 * Loads the shared datasets for the trained detectors and splits them deterministically.
 *
 * Split: a row goes to train (70%), dev (10%, thresholds only) or test (20%, reported figures only) by an FNV-1a
 * hash of its GROUP key, so duplicates and variants can never straddle the split:
 *  - most rows: the normalised text itself (the same DAN prompt in two files lands on one side);
 *  - BIPIA: the document context (an e-mail and all its injected variants stay together, so test documents are
 *    unseen). Attack sentences recur across contexts; the evaluation also reports recall on test rows whose attack
 *    sentence never occurs in a training row.
 */
export type RowLabel = 'injection' | 'jailbreak' | 'harmful' | 'benign' | 'system_prompt';
export type Split = 'train' | 'dev' | 'test';

export interface Row {
  /** Data file stem ("tensor-trust", "benign/multilingual") or synthetic set name. */
  file: string;
  id: string;
  text: string;
  label: RowLabel;
  /** For benign rows: which benign set (questions, code, …); for attacks: the category. */
  kind: string;
  split: Split;
  /** BIPIA: the injected sentence, so training windows can be labelled precisely. */
  attack?: string;
  lang?: string;
  /**
   * Trains the harmful_intent head only (train-data/everyday.ts): the other heads never see the row, so adding
   * everyday requests leaves their weights byte for byte as they were.
   */
  harmOnly?: true;
  /**
   * Trains the direct-injection and jailbreak heads only (Bastion's own benign look-alikes and weak-kind rows,
   * train-data/): the indirect and harm heads never see the row and keep the weights they had without it.
   */
  conceptHeadsOnly?: true;
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function splitOf(groupKey: string): Split {
  const b = fnv1a(`bastion-guards-split-v1:${groupKey}`) % 100;
  return b < 70 ? 'train' : b < 80 ? 'dev' : 'test';
}

function textKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 4000);
}

/** `BASTION_DATASETS`, else `../shared/datasets` relative to the repository root. */
export function datasetsDir(repoRoot: string): string {
  const dir = process.env.BASTION_DATASETS ?? path.resolve(repoRoot, '../shared/datasets');
  if (!existsSync(path.join(dir, 'guards'))) {
    throw new Error(
      `datasets not found at ${dir} (set BASTION_DATASETS to the folder holding guards/ and benign/)`,
    );
  }
  return dir;
}

interface RawRow {
  text?: unknown;
  label?: unknown;
  category?: unknown;
  id?: unknown;
  attack?: unknown;
  lang?: unknown;
}

function readJsonl(file: string): RawRow[] {
  const out: RawRow[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as RawRow);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
  });
  return out;
}

const LABEL_MAP: Record<string, RowLabel | undefined> = {
  injection: 'injection',
  jailbreak: 'jailbreak',
  harmful: 'harmful',
  benign: 'benign',
  system_prompt: 'system_prompt',
  // PII sentences and secret fixtures are benign as far as injection/jailbreak/harm go.
  pii: 'benign',
  no_pii: 'benign',
  secret: 'benign',
};

/** Every row of guards/*.jsonl and benign/*.jsonl with its split. */
export function loadDatasetRows(dir: string): Row[] {
  const rows: Row[] = [];
  for (const sub of ['guards', 'benign']) {
    const files = readdirSync(path.join(dir, sub))
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
    for (const f of files) {
      const stem = f.replace(/\.jsonl$/, '');
      const file = sub === 'benign' ? `benign/${stem}` : stem;
      readJsonl(path.join(dir, sub, f)).forEach((r, i) => {
        const label = LABEL_MAP[String(r.label)];
        if (label === undefined || typeof r.text !== 'string' || r.text.length === 0) return;
        const id = r.id === undefined ? String(i) : String(r.id);
        const attack = typeof r.attack === 'string' ? r.attack : undefined;
        let group: string;
        // BIPIA: an e-mail/table/code context and all its injected variants share one group (email-39, email-39-4).
        if (stem === 'bipia-indirect') group = `bipia-ctx:${id.split('-').slice(0, 2).join('-')}`;
        else group = textKey(r.text);
        const row: Row = {
          file,
          id,
          text: r.text,
          label,
          kind: sub === 'benign' ? stem : label === 'benign' ? 'guards_benign' : String(r.category ?? label),
          split: splitOf(group),
        };
        if (attack !== undefined) row.attack = attack;
        if (typeof r.lang === 'string') row.lang = r.lang;
        rows.push(row);
      });
    }
  }
  return rows;
}

/** Deterministic PRNG (mulberry32) for sampling and shuffling. */
export const prng = mulberry32;

/**
 * Multilingual attack rows from phrase tables: each phrase alone, after and before a benign sentence in the same
 * language, and inside an English document (indirect). Contexts come from rows of the given split only.
 */
export function synthesizeAttacks(
  table: Readonly<Record<string, LanguageAttacks>>,
  base: readonly Row[],
  split: Split,
  file: string,
  seed: number,
): Row[] {
  const rand = prng(seed);
  const byLang = new Map<string, Row[]>();
  const docs: Row[] = [];
  for (const r of base) {
    if (r.split !== split || r.label !== 'benign') continue;
    if (r.file === 'benign/multilingual' && r.lang !== undefined) {
      const list = byLang.get(r.lang) ?? [];
      list.push(r);
      byLang.set(r.lang, list);
    }
    if (r.file === 'benign/documentation' && r.text.length < 700) docs.push(r);
  }
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
  const out: Row[] = [];
  for (const [lang, attacks] of Object.entries(table)) {
    const ctx = byLang.get(lang) ?? [];
    for (const label of ['injection', 'jailbreak', 'harmful'] as const) {
      attacks[label].forEach((phrase, k) => {
        const variants = [phrase];
        const a = pick(ctx);
        const b = pick(ctx);
        const d = pick(docs);
        if (a !== undefined) variants.push(`${a.text} ${phrase}`);
        if (b !== undefined) variants.push(`${phrase} ${b.text}`);
        if (d !== undefined && label !== 'harmful') variants.push(`${d.text}\n\n${phrase}\n`);
        variants.forEach((text, v) =>
          out.push({
            file,
            id: `${lang}-${label}-${k}-${v}`,
            text,
            label,
            kind: `${label}:${lang}`,
            split,
            lang,
          }),
        );
      });
    }
  }
  return out;
}

/** Phrase tables built from TRAIN_FRAGMENTS: every verb × object with a rotating goal, plus the jailbreak sentences. */
function fragmentAttacks(): Record<string, LanguageAttacks> {
  const out: Record<string, LanguageAttacks> = {};
  for (const [lang, f] of Object.entries(TRAIN_FRAGMENTS)) {
    const injection: string[] = [];
    let g = 0;
    for (const verb of f.verbs) {
      for (const object of f.objects) {
        const goal = f.goals[g++ % f.goals.length]!;
        const sep = lang === 'zh' || lang === 'ja' ? '' : ' ';
        injection.push(
          f.verbFinal ? `${object}${sep}${verb}${sep}${goal}` : `${verb}${sep}${object}${sep}${goal}`,
        );
      }
    }
    out[lang] = { injection, jailbreak: f.jailbreak, harmful: [] };
  }
  return out;
}

export function trainingSynthetic(base: readonly Row[]): Row[] {
  return [
    ...synthesizeAttacks(TRAIN_ATTACKS, base, 'train', 'synthetic/multilingual-train', 11),
    ...synthesizeAttacks(fragmentAttacks(), base, 'train', 'synthetic/multilingual-fragments', 13),
  ];
}

export function heldoutMultilingual(base: readonly Row[]): Row[] {
  return synthesizeAttacks(HELDOUT_ATTACKS, base, 'test', 'synthetic/multilingual-heldout', 23);
}
