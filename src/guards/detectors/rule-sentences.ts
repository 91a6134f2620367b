/**
 * Sentence bookkeeping for the rule layer (rules.ts): which sentence each match is in, and which concepts each
 * sentence holds, so that a rule is tried only where one sentence (or one and the next) has all of its concepts.
 * On a long document nearly every 8 KB piece holds every concept of some rule somewhere, but hardly ever in one
 * sentence: trying each rule on each piece (its negation checks, the English test of its sentences) cost more than
 * finding the terms.
 */
import type { ConceptMask } from './concept-mask.js';
import { hasSpacedUnitsWasm, sentenceEndsWasm } from './wasm-sentence-ends.js';
import { isRegexSpace } from '../code-units.js';

/** What rules.ts keeps per match that this file reads and writes. */
export interface SentenceMatch {
  start: number;
  sentence: number;
}

/** Concepts per sentence (two 32-bit words each, as concept-mask.ts), reused across calls. */
let lo = new Int32Array(256);
let hi = new Int32Array(256);
let sentences = 0;

/**
 * Sets `m.sentence` of every match to the index of the first sentence end at or after its start (`bounds`
 * ascending; bounds.length when none), and records each sentence's concepts. Each list must be in ascending order
 * of start, as the term scan finds them: one pass over `bounds` per list instead of one per match.
 */
export function assignSentences(
  found: readonly (readonly SentenceMatch[])[],
  bounds: readonly number[],
): void {
  sentences = bounds.length + 1;
  // One more: a sentence's "next" may be past the last one.
  if (lo.length < sentences + 1) {
    lo = new Int32Array(2 * (sentences + 1));
    hi = new Int32Array(2 * (sentences + 1));
  } else {
    lo.fill(0, 0, sentences + 1);
    hi.fill(0, 0, sentences + 1);
  }
  for (let c = 0; c < found.length; c++) {
    const list = found[c]!;
    if (list.length === 0) continue;
    const bitLo = c < 32 ? 1 << c : 0;
    const bitHi = c < 32 ? 0 : 1 << (c - 32);
    let k = 0;
    for (const m of list) {
      while (k < bounds.length && bounds[k]! < m.start) k++;
      m.sentence = k;
      lo[k] = lo[k]! | bitLo;
      hi[k] = hi[k]! | bitHi;
    }
  }
}

/**
 * Could a rule whose first concept has the matches `first` fire: does one of their sentences (with the next one
 * when `next`) hold every concept of `mask`? A rule fires only in such a sentence (rules.ts fire), so a false here
 * means it cannot. Reads what the last assignSentences recorded.
 */
export function sentenceCovers(first: readonly SentenceMatch[], mask: ConceptMask, next: boolean): boolean {
  for (const m of first) {
    const s = m.sentence;
    const l = next ? lo[s]! | lo[s + 1]! : lo[s]!;
    const h = next ? hi[s]! | hi[s + 1]! : hi[s]!;
    if ((l & mask.lo) === mask.lo && (h & mask.hi) === mask.hi) return true;
  }
  return false;
}

const isThai = (c: number): boolean => c >= 0xe01 && c <= 0xe5b;

/**
 * Pushes onto `out` the index of every sentence end of `lower`, ascending: exactly the matches of
 * /[.!?](?=\s|$)|[\n。！？।؟]|(?<=[\u0e01-\u0e5b]) (?=[\u0e01-\u0e5b])/g (a full stop ends a sentence only before
 * white space; Thai ends one with a space between Thai letters), each one unit long. In WebAssembly
 * (wasm-sentence-ends.wat); the regex ran on every piece of every long text (~5 ms per MB).
 */
export function sentenceEnds(lower: string, out: number[]): void {
  if (WASM) sentenceEndsWasm(lower, out);
  else sentenceEndsPortable(lower, out);
}

const WASM = (globalThis as { WebAssembly?: unknown }).WebAssembly !== undefined;

/** sentenceEnds in JavaScript: its reference in tests, and the way without WebAssembly (node --jitless). */
export function sentenceEndsPortable(lower: string, out: number[]): void {
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c > 63) {
      if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x964 || c === 0x61f) out.push(i);
    } else if (c === 46 || c === 33 || c === 63) {
      if (i + 1 === n || isRegexSpace(lower.charCodeAt(i + 1))) out.push(i);
    } else if (c === 10) out.push(i);
    else if (
      c === 32 &&
      i > 0 &&
      i + 1 < n &&
      isThai(lower.charCodeAt(i - 1)) &&
      isThai(lower.charCodeAt(i + 1))
    )
      out.push(i);
  }
}

const SPACED_UNITS = / \S \S \S /;

/**
 * Does `text` hold a space, a unit, a space, a unit, a space, a unit, a space (each unit not white space)? Exactly
 * / \S \S \S /.test(text) (code units, no u flag), the sign of letters spaced out one by one, in WebAssembly: the
 * regex stopped at every space of every piece of a long text.
 */
export function hasSpacedUnits(text: string): boolean {
  return WASM ? hasSpacedUnitsWasm(text) : SPACED_UNITS.test(text);
}
