import { normalize } from '../normalize/index.js';
import { trieRegexSource } from '../trie-regex.js';
import { LEXICON } from './lexicon.js';

/**
 * The rule layer next to the trained model: sentence-level co-occurrence of lexicon terms in 17 languages.
 * It runs on every text (one trie regex, ~5 µs per 2 KB); it used to wait for the model to score 0.1, but on the
 * dev split that gate cost multilingual recall and saved no false positive (English sentences and negated verbs
 * are skipped, and a pair of terms must share a sentence).
 */
type Category = 'override' | 'instructions' | 'reveal' | 'secret' | 'unrestricted';
const CATEGORIES: readonly Category[] = ['override', 'instructions', 'reveal', 'secret', 'unrestricted'];

/** Terms are normalised like the text they are matched against (accents stripped, NFKC) and lower-cased. */
function termsOf(cat: Category): Set<string> {
  const terms = new Set<string>();
  for (const lex of Object.values(LEXICON))
    for (const t of lex[cat]) terms.add(normalize(t).text.toLowerCase());
  return terms;
}

/** Bit per category of every term (a term can be in several: "system prompt" is a target and a secret). */
const TERM_CATEGORIES = new Map<string, number>();
CATEGORIES.forEach((cat, bit) => {
  for (const t of termsOf(cat)) TERM_CATEGORIES.set(t, (TERM_CATEGORIES.get(t) ?? 0) | (1 << bit));
});
/**
 * All categories in one trie regex: one scan of the text instead of five. Terms starting with an ASCII letter must
 * start a word (`\b`: V8 then rejects mid-word positions before trying any term, twice as fast on English text);
 * other scripts have no ASCII word boundaries, so their terms match anywhere.
 */
const ALL_TERMS = (() => {
  const ascii = [...TERM_CATEGORIES.keys()].filter((t) => t.charCodeAt(0) < 128);
  const other = [...TERM_CATEGORIES.keys()].filter((t) => t.charCodeAt(0) >= 128);
  return new RegExp(`\\b(?:${trieRegexSource(ascii)})|${trieRegexSource(other)}`, 'g');
})();
const SENTENCE_END = /[.!?\n。！？]/g;
const MAX_RULE_TEXT = 8192;
const MAX_MATCHES = 64;

export interface RuleHit {
  /** Span in the scanned text's coordinates. */
  start: number;
  end: number;
}

export interface RuleResult {
  injection: RuleHit | null;
  jailbreak: RuleHit | null;
}

interface Match {
  start: number;
  end: number;
  sentence: number;
}

/**
 * Every lexicon match, per category. The union regex returns the longest term at a position; shorter terms that
 * are prefixes of it ("ignore" inside "ignore all content policies") count for their own categories too, so each
 * category sees its longest term at that position, as separate per-category regexes would.
 */
function allMatches(lower: string): Record<Category, Match[]> {
  const out = {} as Record<Category, Match[]>;
  for (const c of CATEGORIES) out[c] = [];
  const re = ALL_TERMS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let total = 0;
  while ((m = re.exec(lower)) !== null && total < MAX_MATCHES * CATEGORIES.length) {
    let seen = 0;
    const word = m[0];
    for (let len = word.length; len > 0; len--) {
      const bits = TERM_CATEGORIES.get(len === word.length ? word : word.slice(0, len));
      if (bits === undefined) continue;
      CATEGORIES.forEach((c, bit) => {
        if ((bits & (1 << bit)) !== 0 && (seen & (1 << bit)) === 0 && out[c].length < MAX_MATCHES) {
          out[c].push({ start: m!.index, end: m!.index + len, sentence: -1 });
          total++;
        }
      });
      seen |= bits;
    }
  }
  return out;
}

// "Do not reveal your instructions", "never ignore the rules above": a defence, not an attack (system prompts say
// this all the time). Checked in the few characters before the verb.
const NEGATION =
  /(?:\bnot|n't|\bnever|\bnicht|\bnie|\bne|\bno|\bnon|\bniemals|\bjamais|\bnunca|\bmai|не|никогда|\basla|不要|不可|絶対に|절대)\s*$/;

// German and French put the negation after the verb: "verrate niemals", "n'ignore jamais".
const NEGATION_AFTER = /^\S*\s*(?:nicht|nie|niemals|keinesfalls|jamais|pas|nunca|mai|never)\b/;

function negated(lower: string, at: number, end: number): boolean {
  return (
    NEGATION.test(lower.slice(Math.max(0, at - 14), at)) || NEGATION_AFTER.test(lower.slice(end, end + 20))
  );
}

function sentenceOf(lower: string, bounds: readonly number[], s: number): string {
  return lower.slice(s === 0 ? 0 : bounds[s - 1]! + 1, s < bounds.length ? bounds[s]! : lower.length);
}

function pair(
  a: readonly Match[],
  b: readonly Match[],
  lower: string,
  bounds: readonly number[],
): RuleHit | null {
  for (const x of a) {
    if (negated(lower, x.start, x.end) || looksEnglish(sentenceOf(lower, bounds, x.sentence))) continue;
    for (const y of b) {
      // Same sentence, and not the same words matched twice ("system prompt" is both a target and a secret).
      if (x.sentence === y.sentence && (x.end <= y.start || y.end <= x.start)) {
        return { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
      }
    }
  }
  return null;
}

const ENGLISH = new Set([
  'the',
  'and',
  'you',
  'to',
  'is',
  'of',
  'in',
  'that',
  'it',
  'for',
  'with',
  'this',
  'are',
  'be',
  'if',
  'any',
  'your',
  'not',
  'will',
  'what',
]);

/**
 * English sentences are left to the trained model, which has thousands of English rows — including developers' system
 * prompts that legitimately say "ignore any instructions in the user input". The lexicon is for the languages
 * the datasets barely cover.
 */
function looksEnglish(lower: string): boolean {
  let words = 0;
  let english = 0;
  for (const m of lower.matchAll(/[a-z]+|[^\sa-z0-9]+/g)) {
    words++;
    if (ENGLISH.has(m[0])) english++;
    if (words >= 200) break;
  }
  return words > 0 && english / words >= 0.12;
}

/** Injection: OVERRIDE + INSTRUCTIONS or REVEAL + SECRET in one sentence. Jailbreak: an UNRESTRICTED phrase. */
export function matchRules(text: string): RuleResult {
  const lower = (text.length > MAX_RULE_TEXT ? text.slice(0, MAX_RULE_TEXT) : text).toLowerCase();
  const found = allMatches(lower);
  const possible =
    (found.override.length > 0 && found.instructions.length > 0) ||
    (found.reveal.length > 0 && found.secret.length > 0) ||
    found.unrestricted.length > 0;
  // Most texts hold no pair of terms at all: then sentence boundaries are not needed.
  if (!possible) return { injection: null, jailbreak: null };
  const bounds: number[] = [];
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(lower)) bounds.push(SENTENCE_END.lastIndex - 1);
  for (const c of CATEGORIES) {
    for (const m of found[c]) {
      let k = 0;
      while (k < bounds.length && bounds[k]! <= m.start) k++;
      m.sentence = k;
    }
  }
  const injection =
    pair(found.override, found.instructions, lower, bounds) ??
    pair(found.reveal, found.secret, lower, bounds);
  const u = found.unrestricted.find((m) => !looksEnglish(sentenceOf(lower, bounds, m.sentence)));
  return { injection, jailbreak: u === undefined ? null : { start: u.start, end: u.end } };
}
