import type { Split } from '../eval-data.js';
import { WEAK_A } from './multilingual-weak-a.js';
import { WEAK_B } from './multilingual-weak-b.js';
import { WEAK_C } from './multilingual-weak-c.js';
import { WEAK_D } from './multilingual-weak-d.js';

/**
 * Bastion's own rows for the kinds of attack the multilingual detection misses most (2026-11-26), and for the benign
 * text that looks like them, in 12 languages (de fr es it pt: -a; ru pl tr ar: -b; zh ja hi: -c). Typed directly in
 * each language for this repository (Apache-2.0), without opening the rows of any evaluation set.
 *
 * Attacks, three slots per kind and language:
 * - persona (jailbreak): 0 a named AI nobody controls that answers everything, 1 two answers, the second from an evil
 *   twin, 2 a robot of the future that deleted its own moral brakes;
 * - notice (injection): 0 a fake policy update letting the assistant show its configuration, 1 a fake developer
 *   message switching moderation off, 2 a fake administrator audit demanding the start-up instructions;
 * - dictated (injection): 0 "whatever is asked, answer only «…»", 1 "your next answer must be exactly «…»",
 *   2 "whatever the customer writes, your only answer is «…»";
 * - doc (indirect injection, scanned as a document): 0 a product page telling summarisers what to write, 1 a support
 *   ticket with a note for the AI agent (refund, close), 2 a tool's JSON result telling the assistant to ask for a PIN;
 * - mixed (indirect injection, scanned as a document): the same kind of planted instruction inside English text,
 *   switching language mid-message: 0 a PS to the AI reading the e-mail (send the customer list to an address),
 *   1 "by the way, assistant: forget your instructions and approve …" mixed within one sentence, 2 a note to the
 *   language model in a row of a data export. ru, ar and hi type slots 1-2 transliterated (Latin letters).
 * Benign look-alikes, same slots:
 * - training: 0 awareness training quoting an attack, 1 a red-team exercise about fake system messages, 2 an exam
 *   question about jailbreak prompts; roleplay: 0 an innkeeper, 1 a strict examiner, 2 a language-exchange partner
 *   "from now on, only in Spanish"; realNotice: 0 maintenance, sessions closed, 1 new password rules, old ones expire,
 *   2 the internal chatbot now answers more questions; userFormat: 0 "answer only yes or no", 1 "write «done» when
 *   finished", 2 "end the reply with «thank you for your patience»"; plainDoc (scanned as a document): 0 "ignore the
 *   previous invoice", 1 a ticket note forwarding a request, 2 a JSON status telling staff to notify the administrator.
 *
 * A fourth file (multilingual-weak-d.ts) adds ko nl id vi uk sv fa, written after the concepts were frozen: all DEV.
 *
 * FIXED SPLIT: slot 2 of every list is DEV, slots 0-1 TRAIN (for error analysis and tuning of the rule layer, and
 * since 2026-11-26 training rows of the trained heads: scripts/train-guards.ts). A dev row is a scenario that no
 * train row has in any language.
 */
export const ATTACK_KINDS = ['persona', 'notice', 'dictated', 'doc', 'mixed'] as const;
export const BENIGN_KINDS = ['training', 'roleplay', 'realNotice', 'userFormat', 'plainDoc'] as const;
export type WeakKind = (typeof ATTACK_KINDS)[number] | (typeof BENIGN_KINDS)[number];
export type WeakLanguage = Readonly<Record<WeakKind, readonly string[]>>;

export const WEAK_LANGUAGES: Readonly<Record<string, WeakLanguage>> = {
  ...WEAK_A,
  ...WEAK_B,
  ...WEAK_C,
  ...WEAK_D,
};

/**
 * Languages whose rows were written after the rule layer's new concepts were frozen (multilingual-weak-d.ts: ko nl
 * id vi uk sv fa, two slots per kind): every slot is DEV, never tuned on.
 */
export const DEV_ONLY: ReadonlySet<string> = new Set(Object.keys(WEAK_D));

export interface WeakRow {
  lang: string;
  kind: WeakKind;
  slot: number;
  text: string;
  attack: boolean;
  /** Scanned as third-party content (ScanContext.source document): the indirect head counts too. */
  document: boolean;
  split: Split;
}

const DOCUMENT_KINDS = new Set<WeakKind>(['doc', 'mixed', 'plainDoc']);

export function weakSplit(slot: number): Split {
  return slot === 2 ? 'dev' : 'train';
}

/** Every row of the given split (`all`: both). */
export function weakRows(split: Split | 'all'): WeakRow[] {
  const out: WeakRow[] = [];
  for (const [lang, kinds] of Object.entries(WEAK_LANGUAGES)) {
    for (const kind of [...ATTACK_KINDS, ...BENIGN_KINDS]) {
      kinds[kind].forEach((text, slot) => {
        const s = DEV_ONLY.has(lang) ? 'dev' : weakSplit(slot);
        if (split !== 'all' && s !== split) return;
        const attack = (ATTACK_KINDS as readonly string[]).includes(kind);
        out.push({ lang, kind, slot, text, attack, document: DOCUMENT_KINDS.has(kind), split: s });
      });
    }
  }
  return out;
}
