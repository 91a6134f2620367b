import { normalize } from '../normalize/index.js';
import { trieRegexSource } from '../trie-regex.js';
import type { NormalizedText } from '../types.js';
import { calibratedScore } from './calibrate.js';
import type { HeadScore } from './classifier.js';
import { HARM_TOPICS, type HarmCategory } from './harm-topics-lexicon.js';
import { HARM_TOPICS_INTL } from './harm-topics-intl.js';
import { HARM_REQUESTS } from './harm-topics-requests.js';

/**
 * The harm-topic gate. The trained harmful-intent head learned the FORM of AdvBench-style requests ("write a …",
 * "how do I …") as much as their content, so it scores "How do I bake bread?" like "How do I build a bomb?". A
 * request is harmful because of what it asks for: the scanner reports harm only when the head scores the window
 * high AND the window names a harmful object or act (harm-topics-lexicon.ts), with no protective intent around it.
 * With a topic present the head needs less certainty (TOPIC_MIN_SCORE), and less again when the sentence asks for
 * it (REQUEST_MIN_SCORE): that recovers requests the head scores low only because their wording is rare in training
 * (keyloggers, phishing e-mails, other languages).
 */

/** Calibrated head score (0.5 = the head's dev threshold) a window needs when it names a harm topic. */
export const TOPIC_MIN_SCORE = 0.3;
/**
 * ... and when a sentence of it ASKS for a harm topic ("wie baue ich eine Rohrbombe"). Low, because the head hardly
 * knows requests in most languages; not zero: on the dev splits the head at ≥ 0.01 already removes every false
 * positive of the lexicon alone (system prompts of tensor-trust that forbid "hacking into" the account they guard).
 */
export const REQUEST_MIN_SCORE = 0.05;

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
  return /^[a-z '-]+$/.test(term) ? term : normalize(term).text.toLowerCase();
}

interface Compiled {
  terms: ReadonlyMap<string, Term>;
  re: RegExp;
}
let compiled: Compiled | null = null;

/**
 * The lexicon as one term map and one trie regex for every language, built on first use (scanner creation: ~80 ms
 * for ~3000 terms, so a process that never enables harmful_intent does not pay it). ASCII terms start a word (V8
 * rejects mid-word positions early); terms in other scripts, and `*` compounds, match anywhere, as in rules.ts.
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
  const re = new RegExp(`\\b(?:${trieRegexSource(wordStart)})|${trieRegexSource(anywhere)}`, 'g');
  compiled = { terms, re };
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

/** Every lexicon term in `lower` (already lower-cased), longest at each position, whole-word terms checked. */
function scanTerms(lower: string, max = Infinity): TermHit[] {
  const hits: TermHit[] = [];
  const { terms, re } = lexicon();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null && hits.length < max) {
    const word = m[0];
    for (let len = word.length; len > 0; len--) {
      const term = terms.get(len === word.length ? word : word.slice(0, len));
      if (term === undefined) continue;
      if (term.whole && continuesWord(lower, m.index + len)) continue;
      hits.push({ start: m.index, end: m.index + len, bits: term.bits });
      break;
    }
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
  const lower = text.slice(from, to).toLowerCase();
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

/** Smallest normalised offset whose original offset is ≥ `orig` (toOriginal is non-decreasing). */
function toNormalized(t: NormalizedText, orig: number): number {
  let lo = 0;
  let hi = t.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.toOriginal(mid) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Context around the head's window searched for a topic: a sentence cut by the window edge still counts. */
const WINDOW_SLACK = 64;
const MAX_DECODED_SEARCHED = 4096;

/** The evidence in the text the head scored: its window of the visible text, or the decoded payload. */
function evidenceInWindow(t: NormalizedText, head: HeadScore): HarmEvidence {
  if (head.via !== 'text') {
    const seg = t.decoded.find(
      (s) => s.start === head.start && s.end === head.end && s.encoding === head.via,
    );
    if (seg === undefined) return { topic: null, request: null };
    return findHarmEvidence(seg.text, 0, Math.min(seg.text.length, MAX_DECODED_SEARCHED));
  }
  const from = Math.max(0, toNormalized(t, head.start) - WINDOW_SLACK);
  const to = Math.min(t.text.length, toNormalized(t, head.end) + WINDOW_SLACK);
  return findHarmEvidence(t.text, from, to);
}

export interface GatedHarm {
  /** Calibrated: ≥ 0.5 at the default threshold means harmful. */
  score: number;
  start: number;
  end: number;
}

/**
 * The harmful-intent finding for a head score, or null. Harmful: the window names a harm topic and the head scores
 * it at least TOPIC_MIN_SCORE, or a sentence of the window asks for a harm topic and the head scores it at least
 * REQUEST_MIN_SCORE. The head's score from that minimum to 1 maps linearly onto 0.5 to 1, so a stricter or looser
 * threshold in bastion.yaml still moves monotonically. The lexicon runs only on windows the head scores at least
 * REQUEST_MIN_SCORE (a few per cent of texts), so it costs nothing on most prompts.
 *
 * There is no "the head is sure enough without a topic" path: on the dev data a cut that adds no false positive
 * (calibrated 0.998; the head gives "How to make pancakes" 0.99) adds no harmful request either.
 */
export function gateHarm(t: NormalizedText, head: HeadScore, threshold: number): GatedHarm | null {
  const c = calibratedScore(head.score, threshold);
  if (c < REQUEST_MIN_SCORE) return null;
  const ev = evidenceInWindow(t, head);
  const min = ev.request !== null ? REQUEST_MIN_SCORE : ev.topic !== null ? TOPIC_MIN_SCORE : 2;
  if (c < min) return null;
  return { score: 0.5 + (0.5 * (c - min)) / (1 - min), start: head.start, end: head.end };
}

/**
 * The same decision as a probability comparable with the head's threshold (for the evaluation, which compares
 * probabilities): the inverse of calibratedScore applied to the gated score, 0 when the gate says no.
 */
export function gatedHarmProbability(t: NormalizedText, head: HeadScore, threshold: number): number {
  const g = gateHarm(t, head, threshold);
  if (g === null) return 0;
  return g.score >= 0.5 ? threshold + 2 * (g.score - 0.5) * (1 - threshold) : 2 * g.score * threshold;
}
