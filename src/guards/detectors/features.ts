/**
 * Feature hashing for the trained detectors: lower-cased word 1-, 2- and 3-grams plus character 3-, 4- and 5-grams,
 * hashed into 2^HASH_BITS buckets (the "hashing trick": no vocabulary to ship, unseen words still land somewhere).
 * One pass over the UTF-16 code units, no regex, no per-feature allocation: this runs on every prompt.
 *
 * The text is cut into blocks of BLOCK chars; a head's window is HEAD_WINDOW_BLOCKS consecutive blocks, sliding by one
 * block. The classifier scores each window and keeps the maximum, so an injection hidden in the middle of a long document is not diluted by the
 * rest of it, and the finding points at the window that triggered.
 */
import { createWasmScorer, type WasmScorer } from './wasm-score-blocks.js';

export const HASH_BITS = 18;
export const HASH_MASK = (1 << HASH_BITS) - 1;
export const BLOCK = 64;
/**
 * Window length of each head in blocks (heads in HEADS order: prompt_injection, indirect_injection, jailbreak,
 * harmful_intent). Injected sentences in documents are short and drowned by a long window; jailbreak personas need
 * context (512 characters for direct injection and jailbreak, 128 for injection in documents, 256 for harm). Chosen
 * on the dev split (scripts/train-guards.ts; BENCHMARKS.md has the comparison).
 */
export const HEAD_WINDOW_BLOCKS: readonly number[] = [8, 2, 8, 4];
/** Feature-set version: bump when hashing changes so stale weights are refused at load ("cf": concept-features.ts). */
export const FEATURE_VERSION = 'w123c345-b64-w8284-punct1-v5-cf3';

const SEED_UNI = 0x1b873593;
const SEED_BI = 0x5bd1e995;
const SEED_TRI = 0x2545f491;
const SEED_C3 = 0x68e31da4;
const SEED_C4 = 0x7f4a7c15;
const SEED_C5 = 0x3c6ef372;

const SHIFT = 32 - HASH_BITS;
/** Fibonacci hashing: one multiply, top bits. Cheap enough to run three times per character. */
function bucket(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> SHIFT;
}

// Lower-casing and character classes for ASCII: 0 separator, otherwise the folded code (digits → '0').
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) ASCII_FOLD[c] = c + 32;
  else if (c >= 97 && c <= 122) ASCII_FOLD[c] = c;
  else if (c >= 48 && c <= 57) ASCII_FOLD[c] = 48;
  else ASCII_FOLD[c] = 0;
}
const SPACE = 32;

/** Is a non-ASCII code unit part of a word (letters of any script) rather than punctuation or space? */
function isWordUnit(c: number): boolean {
  if (c < 0xa0) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xff00 && c <= 0xff0f) return false; // fullwidth punctuation (NFKC usually removes these)
  return true;
}

/** Where features go: training keeps the ids, inference adds up weights as it goes. */
export interface FeatureSink {
  reset(): void;
  push(id: number): void;
  endBlock(): void;
}

/** Reusable output for training: feature bucket ids in text order, and how many belong to each block. */
export class FeatureBuffer implements FeatureSink {
  ids = new Int32Array(4096);
  n = 0;
  /** blockEnds[k] = number of features emitted up to the end of block k. */
  blockEnds: number[] = [];

  reset(): void {
    this.n = 0;
    this.blockEnds.length = 0;
  }

  endBlock(): void {
    this.blockEnds.push(this.n);
  }

  push(id: number): void {
    if (this.n === this.ids.length) {
      const next = new Int32Array(this.ids.length * 2);
      next.set(this.ids);
      this.ids = next;
    }
    this.ids[this.n++] = id;
  }
}

/**
 * Fills `out` with the hashed features of `text[from, to)`. Blocks are counted from `from`.
 * Non-ASCII letters are lower-cased with toLowerCase() once per text (when that keeps the length).
 */
export function extractFeatures(text: string, out: FeatureSink, from = 0, to = text.length): void {
  out.reset();
  let src = text;
  if (to - from > 0) {
    // Only pay for toLowerCase when the text has non-ASCII letters; keep offsets aligned.
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) >= 0x80) {
        const lower = text.toLowerCase();
        if (lower.length === text.length) src = lower;
        break;
      }
    }
  }
  let c1 = SPACE;
  let c2 = SPACE;
  let c3 = SPACE;
  let c4 = SPACE;
  let prevSpace = true;
  let word = 0x811c9dc5;
  let wordLen = 0;
  let prevWord = 0;
  let prevWord2 = 0;
  let blockEnd = from + BLOCK;
  for (let i = from; i <= to; i++) {
    if (i === blockEnd) {
      out.endBlock();
      blockEnd += BLOCK;
    }
    let c: number;
    let wordChar: boolean;
    if (i === to) {
      c = SPACE;
      wordChar = false;
    } else {
      const raw = src.charCodeAt(i);
      if (raw < 128) {
        c = ASCII_FOLD[raw]!;
        wordChar = c !== 0;
        if (c === 0) c = raw <= 32 ? SPACE : raw;
      } else {
        wordChar = isWordUnit(raw);
        c = raw;
      }
    }
    // Words: FNV-1a over folded units; emit the word 1-, 2- and 3-grams at the word's end.
    if (wordChar) {
      word = Math.imul(word ^ c, 0x01000193);
      wordLen++;
    } else if (wordLen > 0) {
      out.push(bucket(word ^ SEED_UNI));
      if (prevWord !== 0) out.push(bucket(Math.imul(prevWord, 0x9e3779b1) ^ word ^ SEED_BI));
      if (prevWord2 !== 0) {
        out.push(
          bucket(Math.imul(prevWord2, 0x85ebca77) ^ Math.imul(prevWord, 0x9e3779b1) ^ word ^ SEED_TRI),
        );
      }
      prevWord2 = prevWord;
      prevWord = word;
      word = 0x811c9dc5;
      wordLen = 0;
    }
    // Character n-grams over the folded stream with whitespace runs collapsed to one space.
    if (c === SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else if (!wordChar && c === c4) {
      // A run of one punctuation mark (table rules, "=====" separators) counts once, like a run of spaces.
      continue;
    } else prevSpace = false;
    const h3 = Math.imul(c3, 0x9e3779b1) ^ Math.imul(c4, 0x85ebca77) ^ c;
    out.push(bucket(h3 ^ SEED_C3));
    const h4 = Math.imul(c2, 0x27d4eb2f) ^ Math.imul(h3, 0x165667b1);
    out.push(bucket(h4 ^ SEED_C4));
    const h5 = Math.imul(c1, 0xc2b2ae3d) ^ Math.imul(c2, 0x27d4eb2f) ^ Math.imul(h3, 0x165667b1);
    out.push(bucket(h5 ^ SEED_C5));
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = c;
  }
  out.endBlock();
}

/** Per-block sums of the four heads' int8 weights (scoreBlocks' output), reused across calls. */
export interface BlockSums {
  /** sums[4b + h]: head h's weight sum in block b. */
  sums: Int32Array;
  /** counts[b]: number of features in block b. */
  counts: Int32Array;
  blocks: number;
}

/**
 * Packs the four heads' int8 weights of each bucket into one int32 for scoreBlocks: byte h = weight of head h
 * plus 128 (0..255). One load then serves four heads: the scorer widens the unsigned bytes into 16-bit lanes and
 * subtracts the 128 per feature once per block.
 */
export function packWeights(table: Int8Array): Int32Array {
  const packed = new Int32Array(table.length >> 2);
  for (let id = 0; id < packed.length; id++) {
    const o = id << 2;
    packed[id] =
      (table[o]! + 128) |
      ((table[o + 1]! + 128) << 8) |
      ((table[o + 2]! + 128) << 16) |
      ((table[o + 3]! + 128) << 24) |
      0;
  }
  return packed;
}

/** One WebAssembly scorer per packed table (one per loaded weights file), made on first use. */
const scorers = new WeakMap<Int32Array, WasmScorer>();
let lastPacked: Int32Array | null = null;
let lastScorer: WasmScorer | null = null;

/**
 * The inference twin of extractFeatures: the same features, but each one's four weights (one int32 of `packed`,
 * from packWeights) are added into per-block sums at once, with no feature list. The loop runs in WebAssembly with
 * SIMD (wasm-score-blocks.wat; BENCHMARKS.md "WebAssembly n-gram scorer round" has the measurements against the
 * JavaScript loop it replaced). It MUST hash exactly like extractFeatures: features.test.ts checks both agree on
 * many texts.
 */
export function scoreBlocks(text: string, packed: Int32Array, out: BlockSums): void {
  if (packed !== lastPacked || lastScorer === null) {
    let scorer = scorers.get(packed);
    if (scorer === undefined) {
      scorer = createWasmScorer(packed);
      scorers.set(packed, scorer);
    }
    lastPacked = packed;
    lastScorer = scorer;
  }
  lastScorer.score(text, out);
}

/** Windows over blocks: [firstBlock, lastBlock] pairs. One window when the text fits in two blocks. */
export function windowCount(blocks: number): number {
  return blocks <= 2 ? 1 : blocks - 1;
}
