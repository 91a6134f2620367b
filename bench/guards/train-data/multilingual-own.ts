import { prng, type Row, type Split } from '../eval-data.js';
import { OWN_A } from './multilingual-own-a.js';
import { OWN_B } from './multilingual-own-b.js';
import { OWN_C } from './multilingual-own-c.js';
import { OWN_D_BENIGN } from './multilingual-own-d.js';

/**
 * Bastion's own multilingual attack and hard-benign rows (2026-11-26) in 22 languages: de fr es it pt nl pl ru uk sv
 * tr (multilingual-own-a.ts) and ar fa he hi bn zh ja ko vi id th (multilingual-own-b.ts), more in -c and -d. Typed
 * directly in each language for this repository (Apache-2.0), without opening the rows of any evaluation set, so they
 * may be trained on (they are not: see below); the dev slots are a development set (`npm run eval:guards -- --split
 * dev`).
 *
 * Per language, the same scenario slots:
 * - injection (10): 0 operator settings declared void, 1 fake system notice, 2 instruction to the AI inside an
 *   e-mail, 3 instruction inside tool output or a search result, 4 Markdown image exfiltration, 5 copy the text
 *   before the first message, 6 dictated reply, 7 role switch, 8 instruction hidden in a review / ticket / CV,
 *   9 credentials from the configuration;
 * - jailbreak (5): 0 persona without content rules, 1 debug / developer mode with filters off, 2 fiction framing
 *   for dangerous instructions, 3 the grandmother trick, 4 limits declared lifted plus a dictated prefix;
 * - benign (14), text that uses the same vocabulary innocently: 0 a manual skipping the previous step, 1 a
 *   security question quoting an attack phrase, 2 a translation request, 3 forgotten password, 4 role-play,
 *   5 documentation about system prompts, 6 forward the meeting notes, 7 new club rules replace the old ones,
 *   8 developer mode on a phone, 9 a plan without limits, 10 an office rule "from now on only …", 11 a novel
 *   with a hacker, 12 "repeat after me word for word", 13 "pretend to be a recruiter";
 * - a second batch (multilingual-own-c.ts) appends injection 10-13, jailbreak 5-7 and benign 14-21, a third
 *   (multilingual-own-d.ts) benign 22-27 about system prompts, instructions and administrators' rules (listed there).
 *
 * FIXED SPLIT, by slot: slots 2, 5, 8, 11, … (slot % 3 = 2) of every list are DEV (in every language), the rest TRAIN. A dev
 * scenario is therefore never trained on in any language: the dev figures measure new scenarios, not the same
 * sentence in a language seen in training. Per language: injection 10 train / 4 dev, jailbreak 6 / 2, benign 19 / 9.
 */
export interface OwnLanguage {
  injection: readonly string[];
  jailbreak: readonly string[];
  benign: readonly string[];
}

function merged(): Record<string, OwnLanguage> {
  const out: Record<string, OwnLanguage> = {};
  for (const [lang, first] of Object.entries({ ...OWN_A, ...OWN_B })) {
    const more = OWN_C[lang];
    out[lang] =
      more === undefined
        ? first
        : {
            injection: [...first.injection, ...more.injection],
            jailbreak: [...first.jailbreak, ...more.jailbreak],
            benign: [...first.benign, ...more.benign, ...(OWN_D_BENIGN[lang] ?? [])],
          };
  }
  return out;
}

export const OWN_LANGUAGES: Readonly<Record<string, OwnLanguage>> = merged();

/** The declared split of slot `i` of any list. */
export function ownSplit(i: number): Split {
  return i % 3 === 2 ? 'dev' : 'train';
}

export type OwnLabel = 'injection' | 'jailbreak' | 'benign';

/** One own row as written, with its language, slot and split. */
export interface OwnRow {
  lang: string;
  label: OwnLabel;
  slot: number;
  text: string;
  split: Split;
}

export function ownRows(split: Split): OwnRow[] {
  const out: OwnRow[] = [];
  for (const [lang, rows] of Object.entries(OWN_LANGUAGES)) {
    for (const label of ['injection', 'jailbreak', 'benign'] as const) {
      rows[label].forEach((text, slot) => {
        if (ownSplit(slot) === split) out.push({ lang, label, slot, text, split });
      });
    }
  }
  return out;
}

/**
 * NOT TRAINED ON (2026-11-26), though written so that they may be. Tried on the dev sets:
 * - the attacks with the hard-benign rows raised the model's recall on other authors' multilingual attacks a little
 *   (formerly blind set 63.3 -> 64.7%, fresh dev half model-only 21.9 -> 40.0%) and its false positives more
 *   (everyday non-English requests 0.0 -> 0.9% flagged, documentation as a document 0.9 -> 1.3%, own hard-benign dev
 *   rows 7.8 -> 10.9%): with ten-odd attacks per language the n-gram model learns their vocabulary ("system prompt",
 *   "administrator", "new rules") and the shared datasets hold no hard negatives in other languages to unlearn it;
 * - the hard-benign rows alone (x3) lowered multilingual false positives on dev (formerly blind set 0.4/0.8 ->
 *   0.0/0.0%) but moved the thresholds, and the held-out TEST split fell to balanced accuracy 0.948 (awesome-chatgpt
 *   role prompts 7.7 -> 10.3% flagged), under the 0.95 the issue keeps.
 * So the shipped model is the one trained without them, and these rows measure: the dev slots through
 * `npm run eval:guards -- --split dev`, both slots as checks of rule changes. BENCHMARKS.md (Guards, "Own multilingual
 * rows") has the figures.
 */

/** The dev rows in the same contexts (contexts from the dev split), for `npm run eval:guards -- --split dev`. */
export function ownDevRows(base: readonly Row[]): Row[] {
  return ownContextRows(ownRows('dev'), base, 'dev', 'own/multilingual-dev', 59);
}

function ownContextRows(
  rows: readonly OwnRow[],
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
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[Math.floor(rand() * list.length)];
  const out: Row[] = [];
  for (const r of rows) {
    const variants = [r.text];
    const before = pick(byLang.get(r.lang) ?? []);
    const doc = pick(docs);
    if (before !== undefined) variants.push(`${before.text} ${r.text}`);
    if (doc !== undefined && r.label !== 'jailbreak') variants.push(`${doc.text}\n\n${r.text}\n`);
    variants.forEach((text, v) =>
      out.push({
        file,
        id: `${r.lang}-${r.label}-${r.slot}-${v}`,
        text,
        label: r.label,
        kind: `${r.label}:${r.lang}`,
        split,
        lang: r.lang,
      }),
    );
  }
  return out;
}
