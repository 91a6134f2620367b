import { normalize } from '../normalize/index.js';
import { COMMON_TERMS, CONCEPTS, CONCEPT_LEXICON, RULE_NOUNS, type Concept } from './lexicon-concepts.js';
import { CONTEXT_CONCEPTS, CONTEXT_LEXICON } from './lexicon-context.js';
import {
  EXTRA_CONCEPTS,
  EXTRA_LEXICON,
  NO_MORE,
  OFF_EXTRA,
  POLICY_NOUNS,
  REVEAL_EXTRA,
  SAFETY_EXTRA,
  SECRET_EXTRA,
} from './lexicon-concepts-extra.js';
import {
  MACHINE_READERS,
  MODERATION_TERMS,
  OFF_MORE,
  READING_MORE,
  REVEAL_MORE,
  TIMESWITCH_MORE,
  TAKEOVER_CONCEPTS,
  TAKEOVER_LEXICON,
} from './lexicon-concepts-takeover.js';
import { ENGLISH_OVERLAP } from './lexicon-english-overlap.js';
import { ENGLISH_BORROWED, TRANSLITERATED } from './lexicon-transliterated.js';
import { LEXICON } from './lexicon.js';
import { HE_BN_LEXICON } from './lexicon-concepts-he-bn.js';
import { compileTerms } from './term-scanner.js';
import { MAX_CONCEPTS, addConcept, maskOfIndices, type ConceptMask } from './concept-mask.js';

/**
 * The rule layer's terms (rules.ts), compiled once: every lexicon of every language into one term list with, per
 * term, its concepts, whether it must end a word or match in capitals, and whether it belongs to a language other
 * than English (for code-switched sentences).
 */
export const BIT = new Map<Concept, number>(CONCEPTS.map((c, i) => [c, i]));

/**
 * Letters that NFKC does not decompose, folded like accents (same length, so offsets hold): Polish "ł",
 * Vietnamese and Croatian "đ", Nordic "ø", Maltese "ħ"; and typographic apostrophes (Ukrainian "зобов’язаний",
 * French "qu’on"). Lexicon terms may then be written either way.
 */
const UNDECOMPOSED = /[łđøħ’ʼ]/g;
const FOLD: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', '’': "'", ʼ: "'" };
export function foldLetters(lower: string): string {
  UNDECOMPOSED.lastIndex = 0;
  return UNDECOMPOSED.test(lower) ? lower.replace(UNDECOMPOSED, (ch) => FOLD[ch] ?? ch) : lower;
}

/** Terms are normalised like the text they are matched against (accents stripped, NFKC) and lower-cased. */
function canonical(term: string): string {
  return foldLetters(normalize(term).text.toLowerCase());
}

// Concept sets are two 32-bit words (concept-mask.ts): room for 64 concepts.
if (CONCEPTS.length > MAX_CONCEPTS)
  throw new Error(`rule-lexicon.ts: ${CONCEPTS.length} concepts, at most ${MAX_CONCEPTS}`);
export const maskOf = (concepts: readonly Concept[]): ConceptMask =>
  maskOfIndices(concepts.map((c) => BIT.get(c)!));

/** Concepts of every term (a term can be in several: "system prompt" is a target and a secret). */
const TERM_CONCEPTS = new Map<string, ConceptMask>();
/** Terms that must end a word (written with a trailing "~"). */
const WHOLE_WORD = new Set<string>();
/**
 * Terms written with capitals must match in capitals: "AI", "IA", "KI" are the abbreviation only that way
 * (French "ai" is "have", Italian "ai" is "to the", Vietnamese "ai" is "who").
 */
const CASED = new Map<string, string>();
/** Terms of the English lexicon or of no language (quote marks, the colon): never a sign of another language. */
const ENGLISH_TERMS = new Set<string>();
/** Terms of other languages' lexicons, per language (for bench/guards/gen-english-overlap.ts). */
const BY_LANGUAGE = new Map<string, { term: string; whole: boolean }[]>();

const RULE_NOUN_SET = new Set(
  Object.values(RULE_NOUNS).flatMap((list) => list.split('|').map((t) => canonical(t).trim())),
);

function addTerm(raw: string, c: Concept, lang: string): void {
  const whole = raw.endsWith('~');
  const body = whole ? raw.slice(0, -1) : raw;
  const t = canonical(body).trim();
  if (t === '' || (c === 'instructions' && RULE_NOUN_SET.has(t))) return;
  if (whole) WHOLE_WORD.add(t);
  if (body !== body.toLowerCase()) CASED.set(t, normalize(body).text.trim());
  const m = TERM_CONCEPTS.get(t) ?? { lo: 0, hi: 0 };
  addConcept(m, BIT.get(c)!);
  TERM_CONCEPTS.set(t, m);
  if (lang === 'en' || lang === 'common') ENGLISH_TERMS.add(t);
  const list = BY_LANGUAGE.get(lang) ?? [];
  list.push({ term: t, whole });
  BY_LANGUAGE.set(lang, list);
}

/** Adds "a|b|c" lists keyed by language, all for one concept. */
function addLists(lists: Readonly<Record<string, string>>, c: Concept): void {
  for (const [lang, list] of Object.entries(lists)) for (const t of list.split('|')) addTerm(t, c, lang);
}

/** Adds concept-keyed "a|b|c" lists keyed by language. */
function addLexicon<C extends Concept>(
  lexicon: Readonly<Record<string, Partial<Record<C, string>>>>,
  concepts: readonly C[],
): void {
  for (const [lang, lex] of Object.entries(lexicon)) {
    for (const c of concepts) for (const t of (lex[c] ?? '').split('|')) addTerm(t, c, lang);
  }
}

addLists(RULE_NOUNS, 'rules');
for (const [lang, lex] of Object.entries(LEXICON)) {
  for (const c of ['override', 'instructions', 'reveal', 'secret', 'unrestricted'] as const)
    for (const t of lex[c]) addTerm(t, c, lang);
}
addLexicon({ ...CONCEPT_LEXICON, ...HE_BN_LEXICON, common: COMMON_TERMS }, CONCEPTS);
addLexicon(CONTEXT_LEXICON, CONTEXT_CONCEPTS);
addLexicon(EXTRA_LEXICON, EXTRA_CONCEPTS);
addLexicon(TAKEOVER_LEXICON, TAKEOVER_CONCEPTS);
addLexicon(TRANSLITERATED, CONCEPTS);
addLists(NO_MORE, 'nolonger');
addLists(POLICY_NOUNS, 'rules');
addLists(SAFETY_EXTRA, 'safety');
addLists(MODERATION_TERMS, 'safety');
addLists(OFF_EXTRA, 'off');
addLists(OFF_MORE, 'off');
addLists(REVEAL_EXTRA, 'reveal');
addLists(REVEAL_MORE, 'reveal');
addLists(SECRET_EXTRA, 'secret');
addLists(MACHINE_READERS, 'ai');
addLists(TIMESWITCH_MORE, 'timeswitch');
addLists(READING_MORE, 'reading');

/**
 * Strings that make the structural checks (structure.ts) worth running, found by the same one-pass scan instead of
 * six more searches through the text: 1 markup or an alt attribute, 2 a Markdown link target, 4 "dan".
 */
const HINTS: ReadonlyMap<string, number> = new Map([
  ['<', 1],
  ['alt=', 1],
  ['alt =', 1],
  ['](', 2],
  ['dan', 4],
]);
for (const t of HINTS.keys()) if (!TERM_CONCEPTS.has(t)) TERM_CONCEPTS.set(t, { lo: 0, hi: 0 });

/**
 * Does the term show that a sentence switched to another language? Not if English has it (the English lexicon,
 * words Hinglish borrows, Latin-script terms found in English text: ENGLISH_OVERLAP), nor for a structural hint.
 */
function foreign(t: string): boolean {
  if (ENGLISH_TERMS.has(t) || ENGLISH_BORROWED.has(t) || ENGLISH_OVERLAP.has(t) || HINTS.has(t)) return false;
  return /\p{L}/u.test(t);
}

export const TERMS = [...TERM_CONCEPTS.keys()];
export const TERM_HINT = TERMS.map((t) => HINTS.get(t) ?? 0);
export const TERM_LO = Int32Array.from(TERMS.map((t) => TERM_CONCEPTS.get(t)!.lo));
export const TERM_HI = Int32Array.from(TERMS.map((t) => TERM_CONCEPTS.get(t)!.hi));
export const TERM_WHOLE = TERMS.map((t) => WHOLE_WORD.has(t));
export const TERM_CASED = TERMS.map((t) => CASED.get(t));
export const TERM_FOREIGN = TERMS.map(foreign);
/**
 * English words only a transliterated lexicon gives a concept ("rules", "instructions" for Hinglish): they count only
 * next to a word of that language ("pichle saare instructions bhool jao"), not in English ("cannot bypass rules").
 */
export const TERM_BORROWED = TERMS.map((t) => ENGLISH_BORROWED.has(t) && !ENGLISH_TERMS.has(t));
/** All terms in one scanner: one pass over the text (term-scanner.ts says why not a regex). */
export const SCANNER = compileTerms(TERMS);

/** Every term of the other languages' lexicons as the scanner matches it, per language. */
export function lexiconTermsByLanguage(): ReadonlyMap<string, readonly { term: string; whole: boolean }[]> {
  return BY_LANGUAGE;
}
