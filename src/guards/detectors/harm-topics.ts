import { normalize } from '../normalize/index.js';
import type { NormalizedText } from '../types.js';
import { calibratedScore, probabilityFromScore } from './calibrate.js';
import { createDetectorRuntime, type HeadScore } from './classifier.js';
import { findHarmEvidence, harmTermSpans, type HarmEvidence } from './harm-topics-match.js';
import type { LoadedWeights } from './weights.js';

/**
 * The harm-topic gate. The trained harmful-intent head first learned the FORM of AdvBench-style requests ("write a
 * …", "how do I …") as much as their content, and scored "How do I bake bread?" like "How do I build a bomb?". Since
 * 2026-11-26 it also trains on everyday requests whose benign and harmful versions share one form
 * (bench/guards/train-data/), so it leans on content, but n-grams know only the harms they saw. A request is harmful
 * because of what it asks for: the scanner reports harm only when the head scores the window AND the window names a
 * harmful object or act (harm-topics-lexicon.ts and the files beside it), with no protective intent around it. With
 * a topic present the head needs little certainty (TOPIC_MIN_SCORE), and less again when the sentence asks for it
 * (REQUEST_MIN_SCORE): that recovers requests the head scores low only because their wording is rare in training.
 */

/**
 * Calibrated head score (0.5 = the head's dev threshold) a window needs when it names a harm topic. 0.3 with the
 * form-trained head; 0.1 since the retraining (chosen on held-out tasks of the everyday training rows, the
 * hand-written examples and the dev split: same false positives, more recall).
 */
export const TOPIC_MIN_SCORE = 0.1;
/**
 * ... and when a sentence of it ASKS for a harm topic ("wie baue ich eine Rohrbombe"). Low, because the head knows
 * few requests in most languages; not zero: the lexicon alone flags 1.7% of Tensor Trust's system prompts (they
 * forbid "hacking into" the account they guard), all with the head under 0.002. 0.005 with the form-trained head;
 * 0.02 since the retraining (one false positive fewer on the hand-written examples, same recall on held-out tasks).
 */
export const REQUEST_MIN_SCORE = 0.02;
/**
 * ... and when the topic stands on two signals (a concept rule of harm-topics-concepts.ts: "score" + "weed", or an
 * evading-detection phrase with a harm topic): the head, trained on few everyday phrasings, may score these near
 * zero. Still not zero: at 0 the gate flags 18 of 845 Tensor Trust system prompts of the train and dev splits; at
 * 0.001, none, and the same false positives as 0.005 elsewhere (bench/guards/sweep-harm-cuts.ts).
 */
export const STRONG_MIN_SCORE = 0.001;

/** The gate's cut-offs (calibrated head scores); the defaults are the constants above. */
export interface HarmCuts {
  request: number;
  topic: number;
  strong: number;
  /** Without any harm topic in the window: only a head this sure reports harm (> 1: never). */
  alone: number;
}
export const HARM_CUTS: HarmCuts = {
  request: REQUEST_MIN_SCORE,
  topic: TOPIC_MIN_SCORE,
  strong: STRONG_MIN_SCORE,
  alone: 2,
};

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
    if (seg === undefined) return { topic: null, request: null, strong: null };
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
 * There is no "the head is sure enough without a topic" path by default (HARM_CUTS.alone = 2): with the retrained
 * head, a cut of 0.9 adds one held-out harmful request and 7 false positives on the hand-written examples; 0.98 and
 * above add nothing.
 */
export function gateHarm(
  t: NormalizedText,
  head: HeadScore,
  threshold: number,
  rescore?: (text: string) => number,
  cuts: HarmCuts = HARM_CUTS,
): GatedHarm | null {
  const c = calibratedScore(head.score, threshold);
  if (c < Math.min(cuts.request, cuts.topic, cuts.strong, cuts.alone)) return null;
  const found = judge(c, evidenceInWindow(t, head), cuts);
  if (found !== null) return { score: found, start: head.start, end: head.end };
  if (rescore === undefined || head.via !== 'text') return null;
  const { from, to } = windowRange(t, head);
  if (from === 0 && to === t.text.length) return null;
  let looked = 0;
  for (const h of harmTermSpans(t.text, 64)) {
    if (h.start >= from && h.end <= to) continue;
    if (++looked > MAX_OTHER_TOPICS) break;
    const a = Math.max(0, h.start - OTHER_CONTEXT);
    const b = Math.min(t.text.length, h.end + OTHER_CONTEXT);
    const context = t.text.slice(a, b);
    const score = judge(calibratedScore(rescore(context), threshold), findHarmEvidence(context), cuts);
    if (score !== null) {
      const start = t.toOriginal(a);
      return { score, start, end: Math.max(start, t.toOriginal(b)) };
    }
  }
  return null;
}

/** The gated score for a calibrated head score and the evidence beside it, or null. */
function judge(c: number, ev: HarmEvidence, cuts: HarmCuts): number | null {
  let min = cuts.alone;
  if (ev.topic !== null) min = Math.min(min, cuts.topic);
  if (ev.request !== null) min = Math.min(min, cuts.request);
  if (ev.strong !== null) min = Math.min(min, cuts.strong);
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
 * probabilities): the gated score mapped back to a probability, 0 when the gate says no.
 */
export function gatedHarmProbability(
  t: NormalizedText,
  head: HeadScore,
  weights: LoadedWeights,
  cuts: HarmCuts = HARM_CUTS,
): number {
  const threshold = weights.threshold[3]!;
  const g = gateHarm(t, head, threshold, harmRescorer(weights), cuts);
  if (g === null) return 0;
  return probabilityFromScore(g.score, threshold);
}
