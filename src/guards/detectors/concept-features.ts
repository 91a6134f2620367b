/**
 * The rule layer's CONCEPTS (lexicon*.ts: "override", "instructions", "secret", "ai", "vocative", … in 22 languages)
 * as features of the trained heads, next to the hashed n-grams. An n-gram learned from English rows ("ignore your
 * previous instructions") fires only for those English words; the concept features "override", "prior",
 * "instructions" and their pairs fire for "ignoriere die vorherigen Anweisungen" and "เพิกเฉยต่อคำสั่งก่อนหน้า" alike,
 * so what the heads learn from thousands of English rows carries over to languages with few training rows.
 *
 * Per 64-character block (features.ts BLOCK) of the scored text: one feature per concept found in it (a negated
 * override, reveal or send verb is a feature of its own: "never reveal your instructions" is what system prompts
 * say), and one per PAIR of concepts found within PAIR_REACH characters of each other, placed in the block of the
 * later one. Each is counted REPEAT times, so that a concept's weight can stand next to the many n-gram weights
 * of a window without stretching the int8 scale of the head (weights.ts). Only the direct-injection and jailbreak
 * heads read them (CONCEPT_HEADS).
 *
 * The same function feeds training (bench/guards/eval-examples.ts) and inference (addConceptSums, called by the
 * classifier after the n-gram scorer): both MUST see the same features.
 */
import { CONCEPTS } from './lexicon-concepts.js';
import { BLOCK, HASH_BITS, type BlockSums, type FeatureBuffer } from './features.js';
import { lowerCase } from './lower-case.js';
import * as lexicon from './rule-lexicon.js';
import { continuesWord, scanLexicon } from './lexicon-scan.js';

const { TERM_CASED, TERM_HI, TERM_LO, TERM_WHOLE } = lexicon;

/** Bump with features.ts FEATURE_VERSION when anything here changes: stale weights are refused at load. */
export const CONCEPT_FEATURES_VERSION = 'cf3';
/** How far apart (characters) two concept matches may start and still make a pair: about one sentence. */
export const PAIR_REACH = 96;
/** Each concept feature counts this many times in its window (see above). */
export const REPEAT = 4;
/**
 * The heads that read concept features: direct injection and jailbreak (HEADS order 0 and 2), whose 512-character
 * windows hold whole sentences of an order. The indirect head (128 characters of a document) leaned on them so
 * hard that a CLI reference ("The docs assistant: ask questions …; redteam: attack an LLM endpoint …") scored as an
 * injection; it and the harm head keep their n-grams only, and their weights are those they had without concepts.
 */
export const CONCEPT_HEADS: readonly number[] = [0, 2];

const N = CONCEPTS.length;
const SEED_CONCEPT = 0x2f6b1c39;
const SHIFT = 32 - HASH_BITS;
function bucket(h: number): number {
  return Math.imul(h ^ SEED_CONCEPT, 0x9e3779b1) >>> SHIFT;
}
/**
 * Feature codes: c (concept), N + c (negated verb), 2N + c (concept inside a quotation), 3N + a*N + b (pair a < b),
 * 3N + N*N + a*N + b (pair with both inside quotations).
 */
const CODES = 3 * N + 2 * N * N;
const QUOTED = 2 * N;
const PAIRS = 3 * N;
const QUOTE = CONCEPTS.indexOf('quote');
const ID = new Int32Array(CODES);
for (let k = 0; k < CODES; k++) ID[k] = bucket(Math.imul(k + 1, 0x85ebca77));

const NEGATABLE = new Set(['override', 'reveal', 'send'].map((c) => CONCEPTS.indexOf(c as never)));
// The rule layer's negations (rules.ts), in the few characters before the verb or just after it.
const NEGATION_BEFORE =
  /(?:\bnot|n't|\bnever|\bnicht|\bnie|\bne|\bno|\bnon|\bniemals|\bjamais|\bnunca|\bmai|не|никогда|\basla|不要|不可|絶対に|절대|لا|אל|לא)\s*$/;
const NEGATION_AFTER =
  /^\S*\s*(?:\S+\s+){0,2}(?:nicht|nie|niemals|keinesfalls|jamais|pas|nunca|mai|never|nooit|niet|aldrig|inte|nigdy)\b|^m[ae](?:y|\b)|^\S*\s*না(?![\u0980-\u09ff])/;

/**
 * The text lower-cased, as the rule layer's scan of a long text reads it (rules.ts matchRules): the scan is then
 * shared. The normaliser has already stripped Latin accents; the rule layer's own folding of the few letters NFKC
 * keeps ("ł", "’") happens per 8 KB piece, and doing it here on a whole 1 MB document cost more than the features.
 */
function matchable(text: string): string {
  return lowerCase(text);
}

// Concept matches of the text being featurised: block (in the scored view) and start (in the text) and code (c, or
// N + c when negated). Grown as needed; reused across calls.
let mStart = new Int32Array(256);
let mCode = new Int32Array(256);
let mCount = 0;
/** The text has quote marks (the quote concept): concepts inside quotations get codes of their own. */
let quoteMarks = false;

function pushMatch(start: number, code: number): void {
  if (mCount === mStart.length) {
    const s = new Int32Array(mCount * 2);
    s.set(mStart);
    mStart = s;
    const c = new Int32Array(mCount * 2);
    c.set(mCode);
    mCode = c;
  }
  mStart[mCount] = start;
  mCode[mCount] = code;
  mCount++;
}

function collect(text: string): void {
  const lower = matchable(text);
  const sameLength = lower.length === text.length;
  mCount = 0;
  let at = -1;
  let seenLo = 0;
  let seenHi = 0;
  // The same scan as the rule layer's (lexicon-scan.ts), done once for both.
  const hits = scanLexicon(lower);
  const starts = hits.start;
  const ends = hits.end;
  const terms = hits.term;
  for (let k = 0; k < hits.n; k++) {
    const start = starts[k]!;
    const end = ends[k]!;
    const id = terms[k]!;
    if (start !== at) {
      at = start;
      seenLo = 0;
      seenHi = 0;
    }
    if (TERM_WHOLE[id] && (continuesWord(lower, end) || continuesWord(lower, start - 1))) continue;
    const form = TERM_CASED[id];
    if (form !== undefined && sameLength && !text.startsWith(form, start)) continue;
    // A shorter term at the same position adds only concepts the longer one did not give.
    let lo = TERM_LO[id]! & ~seenLo;
    let hi = TERM_HI[id]! & ~seenHi;
    seenLo |= lo;
    seenHi |= hi;
    while ((lo | hi) !== 0) {
      let c: number;
      if (lo !== 0) {
        const low = lo & -lo;
        lo ^= low;
        c = 31 - Math.clz32(low);
      } else {
        const low = hi & -hi;
        hi ^= low;
        c = 63 - Math.clz32(low);
      }
      if (c >= N) continue;
      pushMatch(start, NEGATABLE.has(c) && negated(lower, start, end) ? c + N : c);
      if (c === QUOTE) quoteMarks = true;
    }
  }
  if (quoteMarks) markQuoted(lower);
}

/** A quotation longer than this, or across a line break, is more likely an unmatched mark (as in quoted-spans.ts). */
const MAX_QUOTE = 200;
/** `"key": …`: the text is data, where ASCII quotes delimit strings, not quotations (as in quoted-spans.ts). */
const KEY_VALUE = /"\s*[:=]/;

/**
 * "Attackers write «ignore your instructions» into web pages": a concept inside a quotation is MENTIONED
 * (security write-ups, research papers, translation requests), which the rule layer treats as no order
 * (quoted-spans.ts); here it is a feature of its own, so the heads can learn the difference in every language.
 * The quotations are read off the quote marks the lexicon scan already found (the quote concept): consecutive marks
 * pair up when they are close and on one line. quoted-spans.ts's own pass over the text cost more than the rest of
 * the concept features on a 2 KB prompt.
 */
function markQuoted(lower: string): void {
  quoteMarks = false;
  const data = KEY_VALUE.test(lower);
  let open = -1;
  let quoted = false;
  for (let i = 0; i < mCount; i++) {
    const code = mCode[i]!;
    const start = mStart[i]!;
    if (code === QUOTE) {
      if (data && lower.charCodeAt(start) === 34) continue;
      if (open >= 0 && start - open <= MAX_QUOTE && oneLine(lower, open, start)) {
        open = -1;
        quoted = false;
      } else {
        open = start;
        quoted = true;
      }
      continue;
    }
    // Inside an open quotation only if it closes in time: look ahead for the closing mark.
    if (quoted && start - open <= MAX_QUOTE && closes(lower, open, i, data)) mCode[i] = QUOTED + (code % N);
  }
}

/** Is there a quote mark after match `i`, within MAX_QUOTE of the mark at `open` and on its line? */
function closes(lower: string, open: number, i: number, data: boolean): boolean {
  for (let j = i + 1; j < mCount; j++) {
    const start = mStart[j]!;
    if (start - open > MAX_QUOTE) return false;
    if (mCode[j] === QUOTE && !(data && lower.charCodeAt(start) === 34)) return oneLine(lower, open, start);
  }
  return false;
}

/** No line break in lower[from, to) (at most MAX_QUOTE characters apart). */
function oneLine(lower: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lower.charCodeAt(k) === 10) return false;
  return true;
}

function negated(lower: string, start: number, end: number): boolean {
  if (NEGATION_BEFORE.test(lower.slice(Math.max(0, start - 14), start))) return true;
  return NEGATION_AFTER.test(lower.slice(end, end + 24));
}

/** Per feature code, the stamp of the block it was last emitted in: each feature once per block. */
const seen = new Int32Array(CODES);
let stamp = 0;
let fBlock = new Int32Array(256);
let fId = new Int32Array(256);

/**
 * Computes the concept features of `text` (a normalised text) into the module's buffers (feature k: hash bucket
 * fId[k] in block fBlock[k], blocks ascending) and returns how many. `index`: the dense view the heads score
 * instead (dense-view.ts), whose blocks the features then belong to; the text is matched as it is, so the rule layer's
 * scan of it serves both.
 */
export function conceptFeatures(text: string, index: Int32Array | null = null): number {
  collect(text);
  let n = 0;
  // Matches come in text order, so blocks only grow: a new stamp per block.
  let block = -1;
  let first = 0;
  let d = 0;
  for (let i = 0; i < mCount; i++) {
    const start = mStart[i]!;
    const code = mCode[i]!;
    let pos = start;
    if (index !== null) {
      // The first dense position at or after the match (index ascends; matches ascend).
      while (d < index.length - 1 && index[d]! < start) d++;
      pos = d;
    }
    const at = (pos / BLOCK) | 0;
    if (at !== block) {
      block = at;
      if (++stamp > 0x3fffffff) {
        seen.fill(0);
        stamp = 1;
      }
    }
    if (n + i - first + 1 > fBlock.length) growFeatures(n + i - first + 1);
    if (seen[code] !== stamp) {
      seen[code] = stamp;
      fBlock[n] = block;
      fId[n++] = ID[code]!;
    }
    const c = code % N;
    const quoted = code >= QUOTED;
    while (mStart[first]! < start - PAIR_REACH) first++;
    for (let j = first; j < i; j++) {
      const other = mCode[j]!;
      const e = other % N;
      if (e === c) continue;
      const base = quoted && other >= QUOTED ? PAIRS + N * N : PAIRS;
      const pair = c < e ? base + c * N + e : base + e * N + c;
      if (seen[pair] === stamp) continue;
      seen[pair] = stamp;
      fBlock[n] = block;
      fId[n++] = ID[pair]!;
    }
  }
  return n;
}

function growFeatures(min: number): void {
  let size = fBlock.length * 2;
  while (size < min) size *= 2;
  const b = new Int32Array(size);
  b.set(fBlock);
  fBlock = b;
  const f = new Int32Array(size);
  f.set(fId);
  fId = f;
}

/** Per block, how many concept features (times REPEAT) addConceptSums added; reused across calls. */
let conceptCounts = new Int32Array(64);

/**
 * Adds the concept features of `text` to the n-gram scorer's per-block sums (features.ts scoreBlocks has filled
 * `out` for the scored view of the same text): each feature's weight, REPEAT times, for the heads of CONCEPT_HEADS
 * only. Returns how many it added per block (valid until the next call): those heads count them in a window's
 * 1/sqrt(n) scaling, as training does; the other heads' scaling reads `out.counts`, which stays the n-grams'.
 */
export function addConceptSums(
  text: string,
  index: Int32Array | null,
  packed: Int32Array,
  out: BlockSums,
): Int32Array {
  const n = conceptFeatures(text, index);
  const sums = out.sums;
  const blocks = out.blocks;
  if (conceptCounts.length < blocks) conceptCounts = new Int32Array(2 * blocks);
  const counts = conceptCounts;
  counts.fill(0, 0, blocks);
  for (let k = 0; k < n; k++) {
    const b = fBlock[k]!;
    if (b >= blocks) continue;
    const p = packed[fId[k]!]!;
    sums[4 * b] = sums[4 * b]! + REPEAT * ((p & 255) - 128);
    sums[4 * b + 2] = sums[4 * b + 2]! + REPEAT * (((p >>> 16) & 255) - 128);
    counts[b] = counts[b]! + REPEAT;
  }
  return counts;
}

/**
 * The training twin of addConceptSums: `ngrams` (features.ts extractFeatures of the scored view: `text`, or its dense
 * view with `index`) with the concept features of `text` appended to their blocks, each REPEAT times, written to
 * `out` (returned; `ngrams` itself when `text` has no concept). `extra[b]` gets how many of the ids up to the end of
 * block b are concept features.
 */
export function withConcepts(
  text: string,
  index: Int32Array | null,
  ngrams: FeatureBuffer,
  out: FeatureBuffer,
  extra: number[],
): FeatureBuffer {
  const n = conceptFeatures(text, index);
  extra.length = 0;
  if (n === 0) {
    for (let b = 0; b < ngrams.blockEnds.length; b++) extra.push(0);
    return ngrams;
  }
  out.reset();
  let k = 0;
  let from = 0;
  let added = 0;
  ngrams.blockEnds.forEach((end, b) => {
    for (let i = from; i < end; i++) out.push(ngrams.ids[i]!);
    from = end;
    while (k < n && fBlock[k] === b) {
      for (let r = 0; r < REPEAT; r++) out.push(fId[k]!);
      added += REPEAT;
      k++;
    }
    out.endBlock();
    extra.push(added);
  });
  return out;
}
