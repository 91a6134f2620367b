import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { FOLD_SCAN_WASM } from '../wasm/wasm-fold-scan-binary.js';

interface FoldScanExports {
  memory: WasmMemory;
  next(from: number, len: number): number;
}

// Same-length folds: Unicode spaces → ' ', Unicode dashes → '-', fullwidth ASCII (！-～) → ASCII.
const ONE_TO_ONE = '\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\u2010-\\u2015\\u2212\\uFF01-\\uFF5E';
// Dropped: zero-width, bidi controls, soft hyphen, word joiner, BOM, and Unicode tag characters (a surrogate pair).
const INVISIBLE = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const TAG = '\\uDB40[\\uDC00-\\uDC7F]';
/**
 * The fold as a regex: what foldForIdentifiers replaces (`original.replace(FOLD, …)`), and what hasHiddenOrWide looks
 * for. The scanners find these from wasm-fold-scan.wat's positions instead; fold.test.ts checks both against these.
 */
export const FOLD = new RegExp(`[${ONE_TO_ONE}${INVISIBLE}]|${TAG}`, 'g');
export const HIDDEN_OR_WIDE = new RegExp(`[${INVISIBLE}\\uFF01-\\uFF5E]|${TAG}`);

/** True when the text has invisible characters or fullwidth ASCII: the cases that can hide a token from exact matching. */
export function hasHiddenOrWide(text: string): boolean {
  const at = foldable(text);
  for (let k = 0; k < at.length; k++) {
    const p = at[k]!;
    const c = text.charCodeAt(p);
    // HIDDEN_OR_WIDE: an invisible character, fullwidth ASCII, or a whole tag character.
    if (c === 0xdb40 ? isTagLow(text.charCodeAt(p + 1)) : isInvisible(c) || (c >= 0xff01 && c <= 0xff5e))
      return true;
  }
  return false;
}

function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/** The low half of a Unicode tag character (U+E0000–U+E007F is U+DB40 followed by one of these). */
function isTagLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdc7f;
}

const foldScan = new WasmArena(() => instantiateWasm<FoldScanExports>(FOLD_SCAN_WASM));
let foldScanBytes = Buffer.alloc(0);
/** The last scanned text's code units (in the scan's wasm memory). */
let foldScanUnits = new Uint16Array(0);
/** The folded copy's code units, reused between calls up to KEEP_OUT units. */
let outUnits = new Uint16Array(1024);
const KEEP_OUT = 1 << 22;
let scannedText: string | undefined;
let scannedAt = new Int32Array(0);

/**
 * Positions of the units FOLD can start a match at (a character of its class, or U+DB40), ascending: found by
 * wasm-fold-scan.wat eight units at a time. Cached for the last text: the PII and secrets scanners ask in turn.
 */
function foldable(text: string): Int32Array {
  if (text === scannedText) return scannedAt;
  const n = text.length;
  if (foldScan.reserve(2 * n + 16)) {
    foldScanBytes = Buffer.from(foldScan.buffer);
    foldScanUnits = new Uint16Array(foldScan.buffer);
  }
  foldScanBytes.write(text, 0, 2 * n, 'utf16le');
  const x = foldScan.x!;
  const at: number[] = [];
  for (let p = x.next(0, n); p >= 0; p = x.next(p + 1, n)) at.push(p);
  scannedText = text;
  scannedAt = Int32Array.from(at);
  return scannedAt;
}

export interface FoldedText {
  text: string;
  /** Offset in `text` → offset in the original (end offsets too). */
  toOriginal(offset: number): number;
}

/** The replacement of one FOLD match. */
export function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (
    ch.length === 2 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0xad
  )
    return '';
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  return ' ';
}

/**
 * A copy of `original` for identifier matching: invisible characters dropped, fullwidth forms, Unicode spaces and
 * dashes folded (４１１１ → 4111, "+44 20" with no-break spaces), with an offset map back. Unlike the shared
 * normaliser it never folds leetspeak or confusables, which would turn digits into letters. Only the characters
 * that matter are touched, so the common case (none present) costs one regex test. Undefined when nothing changes.
 */
export function foldForIdentifiers(original: string): FoldedText | undefined {
  // The PII and secrets scanners both fold the same text one after the other: the second call reuses the result.
  if (original === lastOriginal) return lastFolded;
  lastOriginal = original;
  lastFolded = foldText(original);
  return lastFolded;
}

let lastOriginal: string | undefined;
let lastFolded: FoldedText | undefined;

function foldText(original: string): FoldedText | undefined {
  const at = foldable(original);
  if (at.length === 0) return undefined;
  // cuts[i] = [offset in folded text, characters removed before it]: removals are rare, so the map stays small.
  const cuts: [number, number][] = [];
  let removed = 0;
  // What original.replace(FOLD, fold) returns (FOLD: the class, or U+DB40 with a tag's low half), built from the
  // positions the wasm scan found instead of a regex tried at every position, in a typed array decoded once
  // (joining slices cost ~5 times as much on a megabyte text).
  const src = foldScanUnits;
  let dst = outUnits;
  if (dst.length < original.length) {
    dst = new Uint16Array(original.length);
    if (dst.length <= KEEP_OUT) outUnits = dst;
  }
  let w = 0;
  let last = 0;
  let matched = false;
  for (let k = 0; k < at.length; k++) {
    const offset = at[k]!;
    const c = src[offset]!;
    let length = 1;
    if (c === 0xdb40) {
      if (!isTagLow(offset + 1 < original.length ? src[offset + 1]! : 0)) continue;
      length = 2;
    }
    matched = true;
    const replacement = length === 2 ? '' : fold(String.fromCharCode(c));
    if (replacement.length < length) {
      removed += length - replacement.length;
      cuts.push([offset + length - removed, removed]);
    }
    dst.set(src.subarray(last, offset), w);
    w += offset - last;
    if (replacement.length === 1) dst[w++] = replacement.charCodeAt(0);
    last = offset + length;
  }
  if (!matched) return undefined;
  dst.set(src.subarray(last, original.length), w);
  w += original.length - last;
  const out = Buffer.from(dst.buffer, dst.byteOffset, 2 * w).toString('utf16le');
  return {
    text: out,
    toOriginal(offset) {
      // Binary search for the last cut at or before `offset`.
      let lo = 0;
      let hi = cuts.length - 1;
      let shift = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const cut = cuts[mid] as [number, number];
        if (cut[0] <= offset) {
          shift = cut[1];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return offset + shift;
    },
  };
}
