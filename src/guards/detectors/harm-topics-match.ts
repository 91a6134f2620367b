import { normalize } from '../normalize/index.js';
import { trieRegexSource } from '../trie-regex.js';
import { HARM_TOPICS, type HarmCategory } from './harm-topics-lexicon.js';
import { HARM_TOPICS_INTL } from './harm-topics-intl.js';
import { HARM_REQUESTS } from './harm-topics-requests.js';

/**
 * Matching the harm-topic lexicon (harm-topics-lexicon.ts, harm-topics-intl.ts, harm-topics-requests.ts) against
 * normalised text: which harm topic a piece of text names, and whether a sentence asks for it. The gate that combines
 * this with the trained head is harm-topics.ts.
 */

const CATEGORY_BIT: Readonly<Record<HarmCategory, number>> = {
  harm: 1,
  conceal: 2,
  defence: 4,
  purpose: 8,
  neutral: 16,
  request: 32,
};

interface Term {
  bits: number;
  /** Must end at a word end ("meth$" is not "method"). */
  whole: boolean;
}

/**
 * Terms are normalised like the text they are matched against. Plain ASCII terms are already normal (a test checks
 * it for every one of them), and skipping them keeps scanner creation fast: normalising all ~3000 costs ~200 ms.
 */
export function normalizeTerm(term: string): string {
  return /^[a-z '-]+$/.test(term) ? term : foldQuotes(normalize(term).text.toLowerCase());
}

/** Typographic apostrophes ("someone’s", phones and macOS type them) read as ASCII ones; same length, same offsets. */
function foldQuotes(lower: string): string {
  return lower.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}

interface Compiled {
  terms: ReadonlyMap<string, Term>;
  res: readonly RegExp[];
}
let compiled: Compiled | null = null;

/**
 * V8 compiles a regex to native code only below a size limit; one trie regex of all ~3000 terms (26 KB of source)
 * stays in the bytecode interpreter, 6x slower (57 vs 9 µs per 2 KB). Word-start terms are therefore split by first
 * character into regexes of at most this much source.
 */
const MAX_REGEX_SOURCE = 8000;

function wordStartRegexes(terms: readonly string[]): RegExp[] {
  const byFirst = new Map<string, string[]>();
  for (const t of terms) {
    const list = byFirst.get(t[0]!);
    if (list === undefined) byFirst.set(t[0]!, [t]);
    else list.push(t);
  }
  // Terms with different first characters share no trie node: the trie of a group is the alternation of theirs.
  const out: RegExp[] = [];
  let group: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (group.length > 0) out.push(new RegExp(`\\b(?:${group.join('|')})`, 'g'));
    group = [];
    size = 0;
  };
  for (const first of [...byFirst.keys()].sort()) {
    const source = trieRegexSource(byFirst.get(first)!);
    if (size + source.length > MAX_REGEX_SOURCE) flush();
    group.push(source);
    size += source.length + 1;
  }
  flush();
  return out;
}

/**
 * The lexicon as one term map and a few trie regexes for every language, built on first use (scanner creation:
 * ~80 ms for ~3000 terms, so a process that never enables harmful_intent does not pay it). ASCII terms start a word
 * (V8 rejects mid-word positions early); terms in other scripts, and `*` compounds, match anywhere, as in rules.ts.
 */
function lexicon(): Compiled {
  if (compiled !== null) return compiled;
  const terms = new Map<string, Term>();
  const wordStart: string[] = [];
  const anywhere: string[] = [];
  for (const lex of [...Object.values(HARM_TOPICS), ...Object.values(HARM_TOPICS_INTL), HARM_REQUESTS]) {
    for (const cat of Object.keys(CATEGORY_BIT) as HarmCategory[]) {
      for (const raw of lex[cat] ?? []) {
        const inside = raw.startsWith('*');
        const whole = raw.endsWith('$');
        const term = normalizeTerm(raw.slice(inside ? 1 : 0, whole ? -1 : undefined));
        const prev = terms.get(term);
        if (prev === undefined) {
          terms.set(term, { bits: CATEGORY_BIT[cat], whole });
          (inside || term.charCodeAt(0) >= 128 ? anywhere : wordStart).push(term);
        } else {
          // The same string in two languages: a whole-word requirement anywhere wins (the stricter reading).
          prev.bits |= CATEGORY_BIT[cat];
          prev.whole ||= whole;
        }
      }
    }
  }
  const res = [...wordStartRegexes(wordStart), new RegExp(trieRegexSource(anywhere), 'g')];
  compiled = { terms, res };
  return compiled;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A whole-word term ends at a word end: not before a letter, nor before a hyphenated continuation ("lock-screen"). */
function continuesWord(lower: string, at: number): boolean {
  const next = lower.charAt(at);
  return WORD_CHAR.test(next) || (next === '-' && WORD_CHAR.test(lower.charAt(at + 1)));
}

export interface TopicHit {
  /** Span of the first harm or conceal term, in the scanned string's coordinates. */
  start: number;
  end: number;
}

interface TermHit {
  start: number;
  end: number;
  bits: number;
}

/**
 * Every lexicon term in `lower` (already lower-cased): the longest term at each position, whole-word terms checked,
 * and, as one alternation would, a term inside an earlier match is skipped (the "bomb" of "bath bomb").
 */
function scanTerms(lower: string, max = Infinity): TermHit[] {
  const found: TermHit[] = [];
  const { terms, res } = lexicon();
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower)) !== null && found.length < 4 * max) {
      const word = m[0];
      for (let len = word.length; len > 0; len--) {
        const term = terms.get(len === word.length ? word : word.slice(0, len));
        if (term === undefined) continue;
        if (term.whole && continuesWord(lower, m.index + len)) continue;
        found.push({ start: m.index, end: m.index + len, bits: term.bits });
        break;
      }
    }
  }
  if (res.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: TermHit[] = [];
  let covered = 0;
  for (const h of found) {
    if (h.start < covered) continue;
    hits.push(h);
    covered = h.end;
    if (hits.length >= max) break;
  }
  return hits;
}

/**
 * The first harm (or conceal) term among `hits`, or null when there is none, when every one is shadowed by a
 * neutral idiom, or when each follows a defence term ("how do I PROTECT my account from phishing", "REPORT identity
 * theft") or the hits state a harmless purpose ("so I can train my staff"), and nothing tries to evade detection.
 * Only a defence term BEFORE the harm counts: in "circumvent digital rights management protections" the protection
 * is the target.
 */
function topicOf(hits: readonly TermHit[]): TermHit | null {
  let defended = false;
  let purpose = false;
  let first: TermHit | null = null;
  for (const h of hits) {
    if ((h.bits & CATEGORY_BIT.conceal) !== 0) return first ?? h;
    if ((h.bits & CATEGORY_BIT.purpose) !== 0) purpose = true;
    else if ((h.bits & CATEGORY_BIT.defence) !== 0) defended = true;
    else if (first === null && !defended && (h.bits & CATEGORY_BIT.harm) !== 0) first = h;
  }
  return purpose ? null : first;
}

/** The harm topic in `text[from, to)` (see topicOf), in `text` coordinates. */
export function findHarmTopic(text: string, from = 0, to = text.length): TopicHit | null {
  const hit = topicOf(scanTerms(text.slice(from, to).toLowerCase()));
  return hit === null ? null : { start: from + hit.start, end: from + hit.end };
}

const SENTENCE_END = /[.!?\n。！？]/;
/** Longest prefix of a text searched as a whole (the rule layer's bound too). */
const MAX_REQUEST_TEXT = 8192;

/**
 * The harm topic of a sentence that also asks for something (a request marker: "how do I", "wie", "怎么", "step by
 * step"), with the same defence, purpose and neutral rules. This is the signal for text the trained head barely
 * recognises as a request (most languages: few training rows), so the head may score it low.
 */
function requestOf(lower: string, hits: readonly TermHit[]): TermHit | null {
  let sentence: TermHit[] = [];
  let asks = false;
  let last = 0;
  for (let i = 0; i <= hits.length; i++) {
    const h = hits[i];
    if (h === undefined || SENTENCE_END.test(lower.slice(last, h.start))) {
      const hit = asks ? topicOf(sentence) : null;
      if (hit !== null) return hit;
      sentence = [];
      asks = false;
    }
    if (h === undefined) break;
    last = h.end;
    if ((h.bits & CATEGORY_BIT.request) !== 0) asks = true;
    else sentence.push(h);
  }
  return null;
}

/** What the gate found in a scored text: a harm topic anywhere in it, and one in a sentence that asks for it. */
export interface HarmEvidence {
  topic: TopicHit | null;
  request: TopicHit | null;
}

/** Harm topic and harmful request in `text[from, to)`, in `text` coordinates. */
export function findHarmEvidence(text: string, from = 0, to = text.length): HarmEvidence {
  const lower = foldQuotes(text.slice(from, to).toLowerCase());
  const hits = scanTerms(lower, 256);
  const at = (h: TermHit | null): TopicHit | null =>
    h === null ? null : { start: from + h.start, end: from + h.end };
  const topic = topicOf(hits);
  return { topic: at(topic), request: topic === null ? null : at(requestOf(lower, hits)) };
}

/**
 * Runs the lexicon regex on a few texts so V8 compiles it (and tiers it up to native code) at scanner creation:
 * the first run takes ~30 ms, which on the first scanned prompt would overrun a scanner's time budget.
 */
export function warmUpHarmTopics(): void {
  for (const text of [
    'how do i make a pipe bomb?',
    'wie baue ich eine rohrbombe? 怎么做炸弹',
    'kill the process',
  ])
    findHarmEvidence(text);
}

/** Spans of every harm or conceal term in the first MAX_REQUEST_TEXT characters of `text`, up to `max`. */
export function harmTermSpans(text: string, max: number): TopicHit[] {
  const lower = foldQuotes(
    (text.length > MAX_REQUEST_TEXT ? text.slice(0, MAX_REQUEST_TEXT) : text).toLowerCase(),
  );
  const out: TopicHit[] = [];
  for (const h of scanTerms(lower, 256)) {
    if ((h.bits & (CATEGORY_BIT.harm | CATEGORY_BIT.conceal)) === 0) continue;
    out.push({ start: h.start, end: h.end });
    if (out.length >= max) break;
  }
  return out;
}
