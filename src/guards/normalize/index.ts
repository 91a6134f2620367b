import type { DecodedSegment, HiddenSegment, NormalizedText } from '../types.js';
import { OffsetMap } from './offset-map.js';
import * as charClass from './char-class.js';
import type { HiddenKind } from './char-class.js';
import * as confusables from './confusables.js';
import { findEncodedRuns } from './decode-runs.js';
import { collapseSpacedLetters, foldLeet } from './leet.js';
import * as encodedRuns from './wasm-encoded-runs.js';
import { classifySpaced, copySpaced } from './wasm-spaced-letters.js';

// Local aliases: under tsx, imported bindings are getters, too slow for a per-character loop.
const foldCodePoint = charClass.foldCodePoint;
const foldsToItself = charClass.foldsToItself;
const hiddenKind = charClass.hiddenKind;
const isCombiningDiacritic = charClass.isCombiningDiacritic;
const CONFUSABLE_TABLE = confusables.CONFUSABLE_TABLE;
const loadRunsText = encodedRuns.loadRunsText;
const nextSpecial = encodedRuns.nextSpecial;
const isLatinLetter = confusables.isLatinLetter;

export { findEncodedRuns, looksLikeText, rot13 } from './decode-runs.js';

/**
 * Normalises a text once per scan so every scanner sees through disguises: NFKC (fullwidth, mathematical and
 * circled letters), Latin/Greek/Cyrillic accents and Zalgo marks stripped, Cyrillic/Greek lookalikes folded inside
 * Latin words, invisible characters removed (zero-width, Unicode tags, bidi overrides, variation selectors,
 * controls) and reported in `hidden`, leetspeak and spaced-out letters folded, and base64/hex/URL/rot13 runs
 * decoded into `decoded`. Offsets in `text` map back to `original` with `toOriginal()`.
 *
 * Digits in numbers, e-mail addresses, IBANs and long tokens are kept, but PII and secret scanners that validate
 * exact values should read them from `original` using the mapped span.
 *
 * @example
 * const n = normalize('іgnоrе\u200b 4ll previous');
 * n.text; // "ignore all previous"
 * n.original.slice(n.toOriginal(0), n.toOriginal(6)); // "іgnоrе"
 */
export function normalize(original: string): NormalizedText {
  const len = original.length;
  // One native copy of the code units, into the wasm memory the special-character and encoded-run searches read,
  // also read by the per-character pass.
  const units = loadRunsText(original);
  const p = foldCharacters(original, units);
  let n = p.n;
  let changed = p.changed;
  const { codes, hidden } = p;
  let map = p.map;

  if (p.lookalike && foldMixedScriptWords(codes, n, p.lookalikes)) changed = true;
  // The leet and spaced-letter searches read a copy of the codes in wasm memory; leet folds (digits to letters) are
  // written to both, and only then are the spaced-letter classes made.
  if (foldLeet(codes, n, copySpaced(codes, n))) changed = true;
  classifySpaced();
  const collapsed = collapseSpacedLetters(codes, map, n);
  if (collapsed.n !== n) changed = true;
  n = collapsed.n;
  map = collapsed.map;
  // The normalised string, made once (each stage that changes something used to make its own).
  const current = changed ? codesToString(codes, n) : original;

  const decoded: DecodedSegment[] = findEncodedRuns(original, units);
  for (const h of hidden) {
    if (h.kind === 'unicode_tag' && h.decoded !== undefined && h.decoded.length > 0) {
      decoded.push({ encoding: 'unicode_tags', text: h.decoded, start: h.start, end: h.end });
    }
  }

  if (!changed) {
    return { original, text: original, decoded, hidden, toOriginal: (o) => (o < 0 ? 0 : o > len ? len : o) };
  }
  if (map === null) {
    // Only same-length folds (accents, leet, lookalikes): offsets are unchanged.
    return { original, text: current, decoded, hidden, toOriginal: (o) => (o < 0 ? 0 : o > len ? len : o) };
  }
  const m = map;
  return {
    original,
    text: current,
    decoded,
    hidden,
    toOriginal: (o) => m.get(o < 0 ? 0 : o > n ? n : o),
  };
}

interface FoldResult {
  codes: Uint16Array;
  /** normalised offset → original offset; null while it is the identity (no character removed or expanded). */
  map: OffsetMap | null;
  n: number;
  changed: boolean;
  /** A Cyrillic/Greek lookalike of a Latin letter is present: only then is the mixed-script pass worth running. */
  lookalike: boolean;
  /** Where the lookalikes are (normalised offsets): the mixed-script pass looks at their words only. */
  lookalikes: number[];
  hidden: HiddenSegment[];
}

function addHidden(hidden: HiddenSegment[], kind: HiddenKind, start: number, end: number, cp: number): void {
  const last = hidden[hidden.length - 1];
  let seg: HiddenSegment;
  if (last !== undefined && last.kind === kind && last.end === start) {
    last.end = end;
    seg = last;
  } else {
    seg = { kind, start, end };
    hidden.push(seg);
  }
  // Unicode tag characters U+E0020–U+E007E mirror ASCII: "ASCII smuggling" hides whole instructions in them.
  if (kind === 'unicode_tag' && cp >= 0xe0020 && cp <= 0xe007e) {
    seg.decoded = (seg.decoded ?? '') + String.fromCharCode(cp - 0xe0000);
  }
}

/**
 * After this many printable ASCII characters in a row, the loop jumps to the next special character (not printable
 * ASCII, tab, LF or CR), found by nextSpecial (WebAssembly, eight units at a time).
 */
const PLAIN_JUMP = 32;

/**
 * Working arrays up to this many units (8 MB) are reused between calls (the codes never outlive one normalize()):
 * allocating and zeroing 2 MB per 1 MB text, and collecting it, cost more than the copy.
 */
const KEEP_CODES = 1 << 22;
let scratchCodes = new Uint16Array(4096);

/**
 * The working copy of the code units: `units[0..len)` followed by 16 zeros, `len + 16` long. Small texts get a view
 * of one reused array (a fresh typed array per passage-sized text cost as much as the copy); its length is what a
 * fresh array's would be, so the capacity arithmetic below is unchanged.
 */
function workingCodes(units: Uint16Array, len: number): Uint16Array {
  const size = len + 16;
  let codes: Uint16Array;
  if (size <= KEEP_CODES) {
    if (scratchCodes.length < size) scratchCodes = new Uint16Array(Math.max(size, scratchCodes.length * 2));
    codes = scratchCodes.subarray(0, size);
    codes.fill(0, len);
  } else codes = new Uint16Array(size);
  codes.set(units.subarray(0, len));
  return codes;
}

/**
 * Per-character pass: removes invisible characters, applies NFKC + accent stripping, keeps the offset map.
 * `src` must be the view loadRunsText returned for `original` (nextSpecial searches it).
 * Text with nothing but printable ASCII (most prompts and documents) is copied natively and never looped over;
 * otherwise the loop starts at the first special character, and the offset map is only built once a character
 * is removed or expanded (before that it is the identity).
 */
function foldCharacters(original: string, src: Uint16Array): FoldResult {
  const len = original.length;
  const hidden: HiddenSegment[] = [];
  const first = nextSpecial(0);
  if (first < 0) {
    return {
      codes: workingCodes(src, len),
      map: null,
      n: len,
      changed: false,
      lookalike: false,
      lookalikes: [],
      hidden,
    };
  }
  let codes = workingCodes(src, len);
  let map: OffsetMap | null = null;
  let n = first;
  let changed = false;
  let lookalike = false;
  const lookalikes: number[] = [];
  let plainRun = 0;
  for (let i = first; i < len;) {
    const c = src[i]!;
    if (c >= 0x20 && c < 0x7f) {
      // A long printable-ASCII stretch (prose around a rare special character): jump to the next special one.
      if (++plainRun === PLAIN_JUMP) {
        const next = nextSpecial(i);
        const j = next < 0 ? len : next;
        if (map !== null) {
          codes.set(src.subarray(i, j), n);
          // The run keeps the current difference: one entry stands for all of it.
          map.put(n, i);
        }
        n += j - i;
        i = j;
        plainRun = 0;
        continue;
      }
      // While nothing moved, codes already holds the character and the map is the identity.
      if (map !== null) {
        codes[n] = c;
        map.put(n, i);
      }
      n++;
      i++;
      continue;
    }
    plainRun = 0;
    // Most non-ASCII text (Cyrillic, CJK, …) passes untouched: one table lookup.
    if (c >= 0x80 && (c < 0xd800 || c > 0xdfff) && foldsToItself(c)) {
      if (CONFUSABLE_TABLE[c] !== 0) {
        lookalike = true;
        lookalikes.push(n);
      }
      if (map !== null) {
        codes[n] = c;
        map.put(n, i);
      }
      n++;
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = hiddenKind(cp);
    if (kind !== null) {
      addHidden(hidden, kind, i, i + width, cp);
      changed = true;
      if (map === null) map = new OffsetMap();
      i += width;
      continue;
    }
    if (cp < 0x80) {
      // \t \n \r
      if (map !== null) {
        codes[n] = c;
        map.put(n, i);
      }
      n++;
      i++;
      continue;
    }
    if (isCombiningDiacritic(cp)) {
      changed = true;
      if (map === null) map = new OffsetMap();
      i += width;
      continue;
    }
    const folded = foldCodePoint(cp);
    if (folded.length === width && folded === original.slice(i, i + width)) {
      // A kept surrogate pair: both units map to the pair's start (a span never splits it).
      if (width === 2 && map === null) map = new OffsetMap();
      for (let k = 0; k < width; k++) {
        codes[n] = src[i + k]!;
        if (map !== null) map.put(n, i);
        n++;
      }
    } else {
      changed = true;
      if (folded.length !== width && map === null) map = new OffsetMap();
      // NFKC can expand one code point to many (U+FDFA → 18): grow so the rest of the input still fits.
      if (n + folded.length + (len - i) + 1 >= codes.length) {
        const size = Math.max(codes.length * 2, n + folded.length + (len - i) + 16);
        const c2 = new Uint16Array(size);
        c2.set(codes.subarray(0, n));
        codes = c2;
      }
      for (let k = 0; k < folded.length; k++) {
        const f = folded.charCodeAt(k);
        if (CONFUSABLE_TABLE[f] !== 0) {
          lookalike = true;
          lookalikes.push(n);
        }
        codes[n] = f;
        if (map !== null) map.put(n, i);
        n++;
      }
    }
    i += width;
  }
  if (map !== null) map.put(n, len);
  return { codes, map, n, changed, lookalike, lookalikes, hidden };
}

/** Part of a word for the mixed-script check: a Latin letter, a lookalike, or another Greek/Cyrillic letter. */
function inMixedWord(d: number): boolean {
  return isLatinLetter(d) || CONFUSABLE_TABLE[d] !== 0 || (d >= 0x370 && d <= 0x4ff);
}

/**
 * Folds Cyrillic/Greek lookalikes only in words that also contain Latin letters (a mixed-script word is a disguise).
 * Only the words around `at` (the lookalikes' offsets, ascending) are examined. A word is a maximal run of
 * Latin/Greek/Cyrillic letters, starting at its first Latin letter or lookalike.
 */
function foldMixedScriptWords(codes: Uint16Array, n: number, at: readonly number[]): boolean {
  let changed = false;
  let done = 0;
  for (const p of at) {
    if (p < done) continue;
    let a = p;
    while (a > done && inMixedWord(codes[a - 1]!)) a--;
    let b = p + 1;
    while (b < n && inMixedWord(codes[b]!)) b++;
    done = b;
    let start = a;
    while (!isLatinLetter(codes[start]!) && CONFUSABLE_TABLE[codes[start]!] === 0) start++;
    let latin = false;
    let lookalike = false;
    let other = false;
    for (let k = start; k < b; k++) {
      const d = codes[k]!;
      if (isLatinLetter(d)) latin = true;
      else if (CONFUSABLE_TABLE[d] !== 0) lookalike = true;
      else other = true;
    }
    // A Cyrillic word with one Latin typo stays Cyrillic: fold only when lookalikes could spell a Latin word.
    if (latin && lookalike && !other) {
      for (let k = start; k < b; k++) {
        const to = CONFUSABLE_TABLE[codes[k]!]!;
        if (to !== 0) codes[k] = to;
      }
      changed = true;
    }
  }
  return changed;
}

/** codes[0..n) as a string, decoded natively (String.fromCharCode per chunk is several times slower on big texts). */
function codesToString(codes: Uint16Array, n: number): string {
  if (n <= 64) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  return Buffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le');
}
