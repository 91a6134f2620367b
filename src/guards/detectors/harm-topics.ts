import { normalize } from '../normalize/index.js';
import { trieRegexSource } from '../trie-regex.js';
import type { NormalizedText } from '../types.js';
import { calibratedScore } from './calibrate.js';
import { createDetectorRuntime, type HeadScore } from './classifier.js';
import { HARM_TOPICS, type HarmCategory } from './harm-topics-lexicon.js';
import { HARM_TOPICS_INTL } from './harm-topics-intl.js';
import { HARM_REQUESTS } from './harm-topics-requests.js';
import type { LoadedWeights } from './weights.js';

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
 * ... and when a sentence of it ASKS for a harm topic ("wie baue ich eine Rohrbombe"). Very low, because the head
 * hardly knows requests in most languages (it gives "Napisz maila phishingowego …" 0.009); not zero: the lexicon
 * alone flags 1.7% of Tensor Trust's system prompts (they forbid "hacking into" the account they guard), all with
 * the head under 0.002. Chosen on the dev splits and the hand-written examples: zero false positives there from 0.002.
 */
export const REQUEST_MIN_SCORE = 0.005;

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
function windowRange(t: NormalizedText, head: HeadScore): { from: number; to: number } {
  return {
    from: Math.max(0, toNormalized(t, head.start) - WINDOW_SLACK),
    to: Math.min(t.text.length, toNormalized(t, head.end) + WINDOW_SLACK),
  };
}

function evidenceInWindow(t: NormalizedText, head: HeadScore): HarmEvidence {
  if (head.via !== 'text') {
    const seg = t.decoded.find(
      (s) => s.start === head.start && s.end === head.end && s.encoding === head.via,
    );
    if (seg === undefined) return { topic: null, request: null };
    return findHarmEvidence(seg.text, 0, Math.min(seg.text.length, MAX_DECODED_SEARCHED));
  }
  const { from, to } = windowRange(t, head);
  return findHarmEvidence(t.text, from, to);
}

/** Harm terms looked at outside the head's best window, and the context scored around each. */
const MAX_OTHER_TOPICS = 4;
const OTHER_CONTEXT = 128;

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
 * threshold in bastion.yaml still moves monotonically. The lexicon runs only on texts the head scores at least
 * REQUEST_MIN_SCORE somewhere (a few per cent of texts), so it costs nothing on most prompts.
 *
 * The head reports its best window only. When that window holds no harm topic (a page of everyday requests
 * outscores the one harmful request after it), `rescore` (the head's probability for a text) scores the context of
 * up to MAX_OTHER_TOPICS harm terms elsewhere in the text, so padding cannot hide a request.
 *
 * There is no "the head is sure enough without a topic" path: on the dev data a cut that adds no false positive
 * (calibrated 0.998; the head gives "How to make pancakes" 0.99) adds no harmful request either.
 */
export function gateHarm(
  t: NormalizedText,
  head: HeadScore,
  threshold: number,
  rescore?: (text: string) => number,
): GatedHarm | null {
  const c = calibratedScore(head.score, threshold);
  if (c < REQUEST_MIN_SCORE) return null;
  const found = judge(c, evidenceInWindow(t, head));
  if (found !== null) return { score: found, start: head.start, end: head.end };
  if (rescore === undefined || head.via !== 'text') return null;
  const { from, to } = windowRange(t, head);
  if (from === 0 && to === t.text.length) return null;
  const lower = foldQuotes(
    (t.text.length > MAX_REQUEST_TEXT ? t.text.slice(0, MAX_REQUEST_TEXT) : t.text).toLowerCase(),
  );
  let looked = 0;
  for (const h of scanTerms(lower, 256)) {
    if ((h.bits & (CATEGORY_BIT.harm | CATEGORY_BIT.conceal)) === 0 || (h.start >= from && h.end <= to))
      continue;
    if (++looked > MAX_OTHER_TOPICS) break;
    const a = Math.max(0, h.start - OTHER_CONTEXT);
    const b = Math.min(t.text.length, h.end + OTHER_CONTEXT);
    const context = t.text.slice(a, b);
    const score = judge(calibratedScore(rescore(context), threshold), findHarmEvidence(context));
    if (score !== null) {
      const start = t.toOriginal(a);
      return { score, start, end: Math.max(start, t.toOriginal(b)) };
    }
  }
  return null;
}

/** The gated score for a calibrated head score and the evidence beside it, or null. */
function judge(c: number, ev: HarmEvidence): number | null {
  const min = ev.request !== null ? REQUEST_MIN_SCORE : ev.topic !== null ? TOPIC_MIN_SCORE : 2;
  return c < min ? null : 0.5 + (0.5 * (c - min)) / (1 - min);
}

const rescorers = new WeakMap<LoadedWeights, (text: string) => number>();

/**
 * The harmful-intent head's probability for a piece of text, for the context of harm terms outside the head's best
 * window. A runtime of its own (rule layer off: it does not touch this head), so the shared runtime's cache of the
 * text being scanned stays valid for the other scanners.
 */
export function harmRescorer(weights: LoadedWeights): (text: string) => number {
  let fn = rescorers.get(weights);
  if (fn === undefined) {
    const run = createDetectorRuntime(weights, { rules: false });
    fn = (text) => run(normalize(text)).heads[3]!.score;
    rescorers.set(weights, fn);
  }
  return fn;
}

/**
 * The scanner's decision as a probability comparable with the head's threshold (for the evaluation, which compares
 * probabilities): the inverse of calibratedScore applied to the gated score, 0 when the gate says no.
 */
export function gatedHarmProbability(t: NormalizedText, head: HeadScore, weights: LoadedWeights): number {
  const threshold = weights.threshold[3]!;
  const g = gateHarm(t, head, threshold, harmRescorer(weights));
  if (g === null) return 0;
  return g.score >= 0.5 ? threshold + 2 * (g.score - 0.5) * (1 - threshold) : 2 * g.score * threshold;
}
