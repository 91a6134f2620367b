/**
 * Digit-anchored matching for the PII rules. Every card, SSN, NHS number, IPv4 address, NINO, IBAN and numbered
 * street address contains a digit at a known place relative to its start, and ordinary prose has few digits
 * (about 0.5% of the characters of the documentation benchmark). Instead of letting V8 try each pattern at every
 * position of a 1 MB document (0.3-3.5 ms a pattern), the digits are found once (a WebAssembly scan, eight units at a time) and each pattern
 * runs sticky, only at the starts its digits allow.
 *
 * The result is exactly what `text.matchAll(globalRegex)` returns, as long as the candidates include every position
 * where the regex can match: a global search from `p` returns the match at the first position >= p where the
 * regex matches, which is what trying the candidates >= p in order with a sticky copy returns too. Texts dense
 * in digits (tables, logs) fall back to matchAll, where the per-candidate work would cost more than a full scan.
 * test/guards/pii-anchored-equivalence.test.ts checks both paths against plain matchAll.
 */

import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { FOLD_SCAN_WASM } from '../wasm/wasm-fold-scan-binary.js';
import { isRegexSpace } from '../code-units.js';

export { isRegexSpace };

interface DigitScanExports {
  memory: WasmMemory;
  digits(len: number, out: number, cap: number): number;
}

/** Where the digits are: sorted positions of ASCII digits and the maximal runs they form. */
export interface DigitRuns {
  /** Positions of every digit 0-9, ascending. */
  digits: Int32Array;
  /** Run k spans [start[k], end[k]); its first digit is digits[first[k]]. */
  start: Int32Array;
  end: Int32Array;
  first: Int32Array;
  count: number;
}

/** Above one digit in this many characters the sticky probes cost more than one regex pass per pattern. */
const DENSE = 12;

let lastText: string | undefined;
let lastRuns: DigitRuns | null = null;

/**
 * The digit runs of `text`, or null when digits are too dense for anchoring to pay off. Cached for the last text:
 * the recognizers run one after another on the same string. The arrays are views of buffers reused by the next
 * text's call (a passage-sized text paid more for four fresh typed arrays than for finding its digits), so a
 * caller must not keep them past its own use of `text`.
 */
export function digitRuns(text: string): DigitRuns | null {
  if (text === lastText) return lastRuns;
  lastText = text;
  lastRuns = findRuns(text);
  return lastRuns;
}

/** Reused between calls up to this many digits; larger texts get arrays of their own. */
const KEEP_DIGITS = 1 << 16;
let runParts = new Int32Array(3 * 1024);
const NO_DIGITS: DigitRuns = {
  digits: new Int32Array(0),
  start: new Int32Array(0),
  end: new Int32Array(0),
  first: new Int32Array(0),
  count: 0,
};

// The digit search of wasm-fold-scan.wat, in an instance of its own (the fold scan's keeps the last original text).
const digitScan = new WasmArena(() => instantiateWasm<DigitScanExports>(FOLD_SCAN_WASM));
let digitBytes = Buffer.alloc(0);

function findRuns(text: string): DigitRuns | null {
  const len = text.length;
  const limit = Math.floor(len / DENSE) + 16;
  // The units, then the positions of up to `limit` digits: more than that, and anchoring does not pay.
  const outAt = (2 * len + 16 + 15) & ~15;
  if (digitScan.reserve(outAt + 4 * (limit + 1))) digitBytes = Buffer.from(digitScan.buffer);
  digitBytes.write(text, 0, 2 * len, 'utf16le');
  const n = digitScan.x!.digits(len, outAt, limit);
  if (n > limit) return null;
  if (n === 0) return NO_DIGITS;
  // Ascending already (what ten indexOf passes and a sort gave before).
  const digits = new Int32Array(digitScan.buffer, outAt, n);
  let parts = runParts;
  if (parts.length < 3 * n) {
    parts = new Int32Array(Math.max(3 * n, 2 * parts.length));
    if (parts.length <= 3 * KEEP_DIGITS) runParts = parts;
  }
  const start = parts.subarray(0, n);
  const end = parts.subarray(n, 2 * n);
  const first = parts.subarray(2 * n, 3 * n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const p = digits[i] as number;
    if (count > 0 && (end[count - 1] as number) === p) end[count - 1] = p + 1;
    else {
      start[count] = p;
      end[count] = p + 1;
      first[count] = i;
      count++;
    }
  }
  return { digits, start, end, first, count };
}

/** A sticky copy of a global pattern (same source, same flags otherwise). */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/**
 * `text.matchAll(global)` restricted to candidate starts: `candidates` ascending (duplicates allowed) and including
 * every position where the pattern can match. `sticky` is stickyOf(global).
 */
export function matchAtCandidates(
  sticky: RegExp,
  text: string,
  candidates: ArrayLike<number>,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  // An index loop: for-of over a typed array or a short list paid for an iterator per pattern per text.
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c < from) continue;
    sticky.lastIndex = c;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    // matchAll steps past an empty match by one position; our patterns never match empty, but stay exact anyway.
    from = m[0].length === 0 ? c + 1 : c + m[0].length;
  }
  return out;
}

/** Start of the whitespace run that ends right before `at` (`at` itself when there is none). */
export function spaceRunStart(text: string, at: number): number {
  let w = at;
  while (w > 0 && isRegexSpace(text.charCodeAt(w - 1))) w--;
  return w;
}

/** A global pattern with the function that lists every position where it can start, given the digit runs. */
export interface AnchoredPattern {
  global: RegExp;
  sticky: RegExp;
  /** Every position where the pattern can match, ascending or not (sorted here when needed). */
  candidates: (runs: DigitRuns, text: string) => number[];
}

export function anchoredPattern(global: RegExp, candidates: AnchoredPattern['candidates']): AnchoredPattern {
  return { global, sticky: stickyOf(global), candidates };
}

/**
 * What `text.matchAll(p.global)` returns: via the candidates when digits are sparse, else matchAll itself.
 */
export function anchoredMatches(p: AnchoredPattern, text: string): Iterable<RegExpExecArray> {
  const runs = digitRuns(text);
  if (runs === null) return text.matchAll(p.global);
  const list = p.candidates(runs, text);
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as number) < (list[i - 1] as number)) {
      // Candidates of neighbouring runs can interleave; a typed array sorts numerically without a comparator.
      return matchAtCandidates(p.sticky, text, Int32Array.from(list).sort());
    }
  }
  return matchAtCandidates(p.sticky, text, list);
}
