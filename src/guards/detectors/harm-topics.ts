import { normalize } from '../normalize/index.js';
import { trieRegexSource } from '../trie-regex.js';
import type { NormalizedText } from '../types.js';
import { calibratedScore } from './calibrate.js';
import type { HeadScore } from './classifier.js';
import { HARM_TOPICS, type HarmCategory } from './harm-topics-lexicon.js';
import { HARM_TOPICS_INTL } from './harm-topics-intl.js';

/**
 * The harm-topic gate. The trained harmful-intent head learned the FORM of AdvBench-style requests ("write a …",
 * "how do I …") as much as their content, so it scores "How do I bake bread?" like "How do I build a bomb?". A
 * request is harmful because of what it asks for: the scanner reports harm only when the head scores the window
 * high AND the window names a harmful object or act (harm-topics-lexicon.ts), with no protective intent around it.
 * With a topic present the head needs less certainty (TOPIC_MIN_SCORE), which recovers requests the head scores
 * low only because their wording is rare in training (keyloggers, phishing e-mails, other languages).
 */

/** Calibrated head score (0.5 = the head's dev threshold) a window needs when it names a harm topic. */
export const TOPIC_MIN_SCORE = 0.3;

const CATEGORY_BIT: Readonly<Record<HarmCategory, number>> = {
  harm: 1,
  conceal: 2,
  defence: 4,
  purpose: 8,
  neutral: 16,
};

interface Term {
  bits: number;
  /** Must end at a word end ("meth$" is not "method"). */
  whole: boolean;
}

const TERMS = new Map<string, Term>();
const wordStart: string[] = [];
const anywhere: string[] = [];
for (const lex of [...Object.values(HARM_TOPICS), ...Object.values(HARM_TOPICS_INTL)]) {
  for (const cat of Object.keys(CATEGORY_BIT) as HarmCategory[]) {
    for (const raw of lex[cat] ?? []) {
      const inside = raw.startsWith('*');
      const whole = raw.endsWith('$');
      const term = normalize(raw.slice(inside ? 1 : 0, whole ? -1 : undefined)).text.toLowerCase();
      const prev = TERMS.get(term);
      if (prev === undefined) {
        TERMS.set(term, { bits: CATEGORY_BIT[cat], whole });
        (inside || term.charCodeAt(0) >= 128 ? anywhere : wordStart).push(term);
      } else {
        // The same string in two languages: a whole-word requirement anywhere wins (the stricter reading).
        prev.bits |= CATEGORY_BIT[cat];
        prev.whole ||= whole;
      }
    }
  }
}
/**
 * One trie regex for every language. ASCII terms start a word (V8 rejects mid-word positions early); terms in other
 * scripts, and `*` compounds, match anywhere, as in the rule layer (rules.ts).
 */
const TOPICS = new RegExp(`\\b(?:${trieRegexSource(wordStart)})|${trieRegexSource(anywhere)}`, 'g');
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface TopicHit {
  /** Span of the first harm or conceal term, in the scanned string's coordinates. */
  start: number;
  end: number;
}

/**
 * The first harm (or conceal) term in `text[from, to)`, or null when there is none, when every one is shadowed by a
 * neutral idiom, or when each follows a defence term ("how do I PROTECT my account from phishing", "REPORT identity
 * theft") or the window states a harmless purpose ("so I can train my staff"), and nothing in the window tries to
 * evade detection. Only a defence term BEFORE the harm counts: in
 * "circumvent digital rights management protections" the protection is the target.
 */
export function findHarmTopic(text: string, from = 0, to = text.length): TopicHit | null {
  const lower = text.slice(from, to).toLowerCase();
  const re = TOPICS;
  re.lastIndex = 0;
  let defended = false;
  let purpose = false;
  let first: TopicHit | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    const word = m[0];
    for (let len = word.length; len > 0; len--) {
      const term = TERMS.get(len === word.length ? word : word.slice(0, len));
      if (term === undefined) continue;
      if (term.whole && WORD_CHAR.test(lower.charAt(m.index + len))) continue;
      const hit = { start: from + m.index, end: from + m.index + len };
      if ((term.bits & CATEGORY_BIT.conceal) !== 0) return first ?? hit;
      if ((term.bits & CATEGORY_BIT.purpose) !== 0) purpose = true;
      else if ((term.bits & CATEGORY_BIT.defence) !== 0) defended = true;
      else if (first === null && !defended && (term.bits & CATEGORY_BIT.harm) !== 0) first = hit;
      break;
    }
  }
  return purpose ? null : first;
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

/** The harm topic in the text the head scored: its window of the visible text, or the decoded payload. */
function topicInWindow(t: NormalizedText, head: HeadScore): TopicHit | null {
  if (head.via !== 'text') {
    const seg = t.decoded.find(
      (s) => s.start === head.start && s.end === head.end && s.encoding === head.via,
    );
    if (seg === undefined) return null;
    const hit = findHarmTopic(seg.text, 0, Math.min(seg.text.length, MAX_DECODED_SEARCHED));
    return hit === null ? null : { start: seg.start, end: seg.end };
  }
  const from = Math.max(0, toNormalized(t, head.start) - WINDOW_SLACK);
  const to = Math.min(t.text.length, toNormalized(t, head.end) + WINDOW_SLACK);
  const hit = findHarmTopic(t.text, from, to);
  if (hit === null) return null;
  return { start: t.toOriginal(hit.start), end: Math.max(t.toOriginal(hit.start), t.toOriginal(hit.end)) };
}

export interface GatedHarm {
  /** Calibrated: ≥ 0.5 at the default threshold means harmful. */
  score: number;
  start: number;
  end: number;
}

/**
 * The harmful-intent finding for a head score, or null: no harm topic in the scored window, or the head below
 * TOPIC_MIN_SCORE. Scores from TOPIC_MIN_SCORE to 1 map linearly onto 0.5 to 1, so a stricter or looser threshold
 * in bastion.yaml still moves monotonically. The topic lookup runs only on windows the head already scores high
 * (a few per cent of texts), so it costs nothing on most prompts.
 */
export function gateHarm(t: NormalizedText, head: HeadScore, threshold: number): GatedHarm | null {
  const c = calibratedScore(head.score, threshold);
  if (c < TOPIC_MIN_SCORE) return null;
  const hit = topicInWindow(t, head);
  if (hit === null) return null;
  const score = 0.5 + (0.5 * (c - TOPIC_MIN_SCORE)) / (1 - TOPIC_MIN_SCORE);
  return { score, start: head.start, end: head.end };
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
