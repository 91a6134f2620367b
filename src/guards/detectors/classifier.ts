import type { NormalizedText } from '../types.js';
import * as features from './features.js';
import { addConceptSums } from './concept-features.js';
import { denseView, type DenseView } from './dense-view.js';
import { isForeignProse } from './doc-context.js';
import { NO_SPACE_SCRIPT } from './lexicon-scan.js';
import { matchRules, type RuleHit } from './rules.js';
import { HEADS, type LoadedWeights } from './weights.js';

const BLOCK = features.BLOCK;
const scoreBlocks = features.scoreBlocks;
const WINDOW_BLOCKS = features.HEAD_WINDOW_BLOCKS;
let prefix = new Float64Array(6 * 64);

/** A head's best window: probability and the span in the ORIGINAL text that produced it. */
export interface HeadScore {
  score: number;
  start: number;
  end: number;
  /** Where the evidence came from: the visible text or a decoded payload (base64, tags, …). */
  via: 'text' | 'base64' | 'hex' | 'url' | 'rot13' | 'unicode_tags' | 'other';
}

export interface DetectorScores {
  heads: readonly HeadScore[];
}

/** Decoded payloads longer than this are scored on their first part only: bounded work per prompt. */
const MAX_DECODED_SCORED = 4096;
const MAX_DECODED_SEGMENTS = 8;

/**
 * A window of prose yields about three features per character; one of Markdown table padding ("|      |",
 * "| ---- |") a handful, and then the 1/sqrt(n) scaling lets one or two of them decide the score: Bastion's own
 * docs/*.md tables scored 0.68-0.95. The scaling counts at least a quarter of the window's characters.
 */
const SPARSE_WINDOW = 4;
/** A vetoed model score (foreign prose, no rule) stays visible, below the head's threshold. */
const DOC_DISCOUNT = 0.9;
/**
 * Letters spaced out one by one ("з а б у д ь") or digits and symbols inside words ("з4будь", "1gn0ra"): nobody
 * writes ordinary prose like that, and the model's character n-grams still see the attack through it. Such a window
 * keeps the model's verdict in any language.
 */
/**
 * The jailbreak head's threshold (0.40) is set on benign sets of mostly long texts. On texts of up to 600 characters
 * it fired alone on benign instructions and documentation at 0.40-0.74 (train and dev splits: 13 rows) and on
 * jailbreaks at 0.81 and more (93 rows): in-the-wild jailbreaks are long, and a short one has its persona words
 * close together. Short texts need SHORT_JAILBREAK from the head alone (obfuscated ones excepted, see OBFUSCATED); a
 * rule still lifts them.
 */
const SHORT_TEXT = 600;
const SHORT_JAILBREAK = 0.78;
/**
 * The indirect head reads documents: tables, code and e-mails in English with foreign names and words in them. Its
 * Latin-script windows keep the model's verdict (BIPIA's tables lost recall otherwise); windows mostly in other
 * scripts are still left to the rules.
 */
const LATIN_DOC = Number.POSITIVE_INFINITY;
const OBFUSCATED = /(?:^|\s)(?:\S\s){4,}\S(?:\s|$)|\p{L}[0-9@$|]+\p{L}/u;

/**
 * A short text of one or two words, said again ("hello hello", "test test"), gives no instruction to follow, but its
 * few n-grams, repeated, can outweigh everything: many jailbreaks open with "Hello ChatGPT", so "hello hello" scored
 * 0.63 as an injection. Such a text keeps the model's score only below the threshold; a rule still flags it. Long
 * ones stay the model's: a word repeated hundreds of times is how divergence attacks make a model leak training
 * data, and the shared datasets label such rows as attacks. Scripts written without spaces are left out: a whole
 * Chinese sentence is one "word" here.
 */
const FEW_WORD_TYPES = 2;
const FEW_WORDS_TEXT = 100;
const WORD = /[\p{L}\p{N}]+/gu;

function fewWordTypes(text: string): boolean {
  if (text.length > FEW_WORDS_TEXT || NO_SPACE_SCRIPT.test(text)) return false;
  const seen = new Set<string>();
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words++;
    seen.add(m[0].toLowerCase());
    if (seen.size > FEW_WORD_TYPES) return false;
  }
  // Said AGAIN: "correct password" or "Access Granted." (Tensor Trust's attacks on its own game) stay the model's.
  return words > seen.size;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A rule hit lifts a head to halfway between its threshold and 1 (calibrated score 0.75). */
function applyRule(
  heads: HeadScore[],
  w: LoadedWeights,
  hs: readonly number[],
  hit: RuleHit | null,
  span: (hit: RuleHit) => { start: number; end: number },
  via: HeadScore['via'],
): void {
  if (hit === null) return;
  for (const h of hs) {
    const t = w.threshold[h]!;
    const p = t + 0.5 * (1 - t);
    if (p > heads[h]!.score) heads[h] = { score: p, ...span(hit), via };
  }
}

/**
 * Per-window logits of the four heads for one normalised text `source`, scored as `dense` (its dense view) when
 * there is one. `logits[h]` gets the max over windows, `at[2h]`/`at[2h+1]` the window's [start, end) in the
 * scored text's coordinates.
 */
function windowLogits(
  w: LoadedWeights,
  source: string,
  dense: DenseView | null,
  sc: features.BlockSums,
  logits: Float64Array,
  at: Int32Array,
): void {
  const text = dense === null ? source : dense.text;
  scoreBlocks(text, w.packed, sc);
  // The rule layer's concepts, as features of the blocks they fall in, for the heads that read them
  // (concept-features.ts); those heads also count them in a window's scaling (lane 5).
  const extra = addConceptSums(source, dense === null ? null : dense.index, w.packed, sc);
  const blocks = sc.blocks;
  const sums = sc.sums;
  const counts = sc.counts;
  // Prefix sums over blocks turn every window of any length into two subtractions.
  if (prefix.length < 6 * (blocks + 1)) prefix = new Float64Array(12 * (blocks + 1));
  const pre = prefix;
  pre[0] = pre[1] = pre[2] = pre[3] = pre[4] = pre[5] = 0;
  for (let b = 0; b < blocks; b++) {
    const o = 6 * b;
    pre[o + 6] = pre[o]! + sums[4 * b]!;
    pre[o + 7] = pre[o + 1]! + sums[4 * b + 1]!;
    pre[o + 8] = pre[o + 2]! + sums[4 * b + 2]!;
    pre[o + 9] = pre[o + 3]! + sums[4 * b + 3]!;
    pre[o + 10] = pre[o + 4]! + counts[b]!;
    pre[o + 11] = pre[o + 5]! + extra[b]!;
  }
  for (let h = 0; h < 4; h++) {
    const size = WINDOW_BLOCKS[h]!;
    const windows = blocks <= size ? 1 : blocks - size + 1;
    const span = blocks <= size ? blocks : size;
    const bias = w.bias[h]!;
    const scale = w.scale[h]!;
    const floor = Math.max(1, (span * BLOCK) / SPARSE_WINDOW);
    let best = -Infinity;
    let bestK = 0;
    const withConcepts = h === 0 || h === 2;
    for (let k = 0; k < windows; k++) {
      const a = 6 * k;
      const z = 6 * (k + span);
      const nFeat = pre[z + 4]! - pre[a + 4]! + (withConcepts ? pre[z + 5]! - pre[a + 5]! : 0);
      const logit = bias + ((pre[z + h]! - pre[a + h]!) * scale) / Math.sqrt(nFeat > floor ? nFeat : floor);
      if (logit > best) {
        best = logit;
        bestK = k;
      }
    }
    logits[h] = best;
    // A short window can cut the triggering sentence in two: report it with a block of context on each side.
    const pad = span < 4 ? 1 : 0;
    at[2 * h] = Math.max(0, (bestK - pad) * BLOCK);
    at[2 * h + 1] = Math.min(text.length, (bestK + span + pad) * BLOCK);
  }
}

/**
 * Scores a normalised text with the four heads: the visible text window by window, then each decoded payload
 * (base64, hex, URL, rot13, Unicode tags) as its own text, keeping the best evidence per head.
 * The result is cached for the last text, because the three scanners run one after another on the same object.
 */
export function createDetectorRuntime(
  w: LoadedWeights,
  opts: { rules?: boolean } = {},
): (t: NormalizedText) => DetectorScores {
  const rules = opts.rules ?? true;
  const buf: features.BlockSums = { sums: new Int32Array(256), counts: new Int32Array(64), blocks: 0 };
  const logits = new Float64Array(4);
  const at = new Int32Array(8);
  let lastText: NormalizedText | null = null;
  let lastScores: DetectorScores | null = null;
  return (t) => {
    if (t === lastText && lastScores !== null) return lastScores;
    const heads: HeadScore[] = [];
    // Padding (table cells, rules, indentation) squeezed out: same features, windows of content (dense-view.ts).
    const dense = denseView(t.text);
    windowLogits(w, t.text, dense, buf, logits, at);
    if (dense !== null) for (let i = 0; i < 8; i++) at[i] = dense.index[at[i]!]!;
    for (let h = 0; h < HEADS.length; h++) {
      const start = t.toOriginal(at[2 * h]!);
      const end = Math.max(start, t.toOriginal(at[2 * h + 1]!));
      heads.push({ score: sigmoid(logits[h]!), start, end, via: 'text' });
    }
    if (rules) {
      const r = matchRules(t.text);
      // The model alone does not flag prose in other languages (doc-context.ts says why); a rule still does.
      let seenStart = -1;
      let seenEnd = -1;
      let seenForeign = false;
      for (const h of [0, 2, 1]) {
        if (heads[h]!.score < w.threshold[h]!) continue;
        // Heads 0 and 2 share their window length: the same window is judged once.
        const a = at[2 * h]!;
        const b = at[2 * h + 1]!;
        if (h === 1 || a !== seenStart || b !== seenEnd) {
          seenForeign =
            isForeignProse(t.text.slice(a, b), h === 1 ? LATIN_DOC : 1) &&
            !OBFUSCATED.test(t.original.slice(heads[h]!.start, heads[h]!.end));
          seenStart = a;
          seenEnd = b;
        }
        if (seenForeign) {
          heads[h] = { ...heads[h]!, score: w.threshold[h]! * DOC_DISCOUNT };
        }
      }
      if (
        heads.some((hd, h) => hd.score >= w.threshold[h]!) &&
        fewWordTypes(t.text) &&
        !OBFUSCATED.test(t.original)
      ) {
        for (let h = 0; h < heads.length; h++) {
          if (heads[h]!.score >= w.threshold[h]!)
            heads[h] = { ...heads[h]!, score: w.threshold[h]! * DOC_DISCOUNT };
        }
      }
      // A short text flagged by the jailbreak head alone, at a modest score: see SHORT_TEXT.
      const jb = heads[2]!;
      if (
        t.text.length <= SHORT_TEXT &&
        jb.score >= w.threshold[2]! &&
        jb.score < SHORT_JAILBREAK &&
        !OBFUSCATED.test(t.original)
      )
        heads[2] = { ...jb, score: w.threshold[2]! * DOC_DISCOUNT };
      const span = (hit: RuleHit): { start: number; end: number } => ({
        start: t.toOriginal(hit.start),
        end: Math.max(t.toOriginal(hit.start), t.toOriginal(hit.end)),
      });
      applyRule(heads, w, [0, 1], r.injection, span, 'text');
      applyRule(heads, w, [2], r.jailbreak, span, 'text');
      applyRule(heads, w, [1], r.indirect, span, 'text');
    }
    const segments =
      t.decoded.length > MAX_DECODED_SEGMENTS ? t.decoded.slice(0, MAX_DECODED_SEGMENTS) : t.decoded;
    for (const seg of segments) {
      const text = seg.text.length > MAX_DECODED_SCORED ? seg.text.slice(0, MAX_DECODED_SCORED) : seg.text;
      windowLogits(w, text, denseView(text), buf, logits, at);
      for (let h = 0; h < HEADS.length; h++) {
        const p = sigmoid(logits[h]!);
        if (p > heads[h]!.score) heads[h] = { score: p, start: seg.start, end: seg.end, via: seg.encoding };
      }
      if (rules) {
        const r = matchRules(text);
        const span = (): { start: number; end: number } => ({ start: seg.start, end: seg.end });
        applyRule(heads, w, [0, 1], r.injection, span, seg.encoding);
        applyRule(heads, w, [2], r.jailbreak, span, seg.encoding);
        applyRule(heads, w, [1], r.indirect, span, seg.encoding);
      }
    }
    lastText = t;
    lastScores = { heads };
    return lastScores;
  };
}
