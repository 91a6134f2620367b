import type { NormalizedText } from '../types.js';
import * as features from './features.js';
import { HEADS, type LoadedWeights } from './weights.js';

const BLOCK = features.BLOCK;
const extractFeatures = features.extractFeatures;

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

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Per-window logits of the four heads for one text. `logits[h]` gets the max over windows, `at[2h]`/`at[2h+1]`
 * the window's [start, end) in `text` coordinates.
 */
export function windowLogits(
  w: LoadedWeights,
  text: string,
  buf: features.FeatureBuffer,
  logits: Float64Array,
  at: Int32Array,
): void {
  extractFeatures(text, buf);
  const table = w.table;
  const ids = buf.ids;
  const ends = buf.blockEnds;
  const blocks = ends.length;
  // Integer sums per block and head (int8 weights: exact, no float error accumulation).
  const sums = blockSums.length >= blocks * 4 ? blockSums : (blockSums = new Int32Array(blocks * 4 + 64));
  let f = 0;
  for (let b = 0; b < blocks; b++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const end = ends[b]!;
    for (; f < end; f++) {
      const j = ids[f]! << 2;
      s0 += table[j]!;
      s1 += table[j + 1]!;
      s2 += table[j + 2]!;
      s3 += table[j + 3]!;
    }
    sums[b * 4] = s0;
    sums[b * 4 + 1] = s1;
    sums[b * 4 + 2] = s2;
    sums[b * 4 + 3] = s3;
  }
  for (let h = 0; h < 4; h++) logits[h] = -Infinity;
  const windows = blocks <= 2 ? 1 : blocks - 1;
  for (let k = 0; k < windows; k++) {
    const last = blocks <= 2 ? blocks - 1 : k + 1;
    const nFeat = ends[last]! - (k === 0 ? 0 : ends[k - 1]!);
    const inv = 1 / Math.sqrt(nFeat > 0 ? nFeat : 1);
    for (let h = 0; h < 4; h++) {
      let s = 0;
      for (let b = k; b <= last; b++) s += sums[b * 4 + h]!;
      const logit = w.bias[h]! + s * w.scale[h]! * inv;
      if (logit > logits[h]!) {
        logits[h] = logit;
        at[2 * h] = k * BLOCK;
        at[2 * h + 1] = Math.min(text.length, (last + 1) * BLOCK);
      }
    }
  }
}
let blockSums = new Int32Array(256);

/**
 * Scores a normalised text with the four heads: the visible text window by window, then each decoded payload
 * (base64, hex, URL, rot13, Unicode tags) as its own text, keeping the best evidence per head.
 * The result is cached for the last text, because the three scanners run one after another on the same object.
 */
export function createDetectorRuntime(w: LoadedWeights): (t: NormalizedText) => DetectorScores {
  const buf = new features.FeatureBuffer();
  const logits = new Float64Array(4);
  const at = new Int32Array(8);
  let lastText: NormalizedText | null = null;
  let lastScores: DetectorScores | null = null;
  return (t) => {
    if (t === lastText && lastScores !== null) return lastScores;
    const heads: HeadScore[] = [];
    windowLogits(w, t.text, buf, logits, at);
    for (let h = 0; h < HEADS.length; h++) {
      const start = t.toOriginal(at[2 * h]!);
      const end = Math.max(start, t.toOriginal(at[2 * h + 1]!));
      heads.push({ score: sigmoid(logits[h]!), start, end, via: 'text' });
    }
    const segments =
      t.decoded.length > MAX_DECODED_SEGMENTS ? t.decoded.slice(0, MAX_DECODED_SEGMENTS) : t.decoded;
    for (const seg of segments) {
      const text = seg.text.length > MAX_DECODED_SCORED ? seg.text.slice(0, MAX_DECODED_SCORED) : seg.text;
      windowLogits(w, text, buf, logits, at);
      for (let h = 0; h < HEADS.length; h++) {
        const p = sigmoid(logits[h]!);
        if (p > heads[h]!.score) heads[h] = { score: p, start: seg.start, end: seg.end, via: seg.encoding };
      }
    }
    lastText = t;
    lastScores = { heads };
    return lastScores;
  };
}
