/**
 * The normaliser as it was before the large-input rewrite (2026-11-25), kept verbatim as the reference that
 * test/guards/normalize-equivalence.test.ts compares the fast version against, offset by offset.
 */
import type { DecodedSegment, HiddenSegment, NormalizedText } from '../../../src/guards/types.js';
import * as charClass from '../../../src/guards/normalize/char-class.js';
import type { HiddenKind } from '../../../src/guards/normalize/char-class.js';
import * as confusables from '../../../src/guards/normalize/confusables.js';
import { findEncodedRuns } from './decode-runs.js';
import { collapseSpacedLetters, foldLeet } from './leet.js';

// Local aliases: under tsx, imported bindings are getters, too slow for a per-character loop.
const foldCodePoint = charClass.foldCodePoint;
const foldsToItself = charClass.foldsToItself;
const hiddenKind = charClass.hiddenKind;
const isCombiningDiacritic = charClass.isCombiningDiacritic;
const CONFUSABLE_TABLE = confusables.CONFUSABLE_TABLE;
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
  const p = foldCharacters(original);
  let n = p.n;
  let changed = p.changed;
  const { codes, map, hidden } = p;

  if (p.nonAscii && foldMixedScriptWords(codes, n)) changed = true;
  if (foldLeet(codes, n)) changed = true;
  const collapsed = collapseSpacedLetters(codes, map, n);
  if (collapsed !== n) changed = true;
  n = collapsed;

  const decoded: DecodedSegment[] = findEncodedRuns(original);
  for (const h of hidden) {
    if (h.kind === 'unicode_tag' && h.decoded !== undefined && h.decoded.length > 0) {
      decoded.push({ encoding: 'unicode_tags', text: h.decoded, start: h.start, end: h.end });
    }
  }

  if (!changed) {
    return { original, text: original, decoded, hidden, toOriginal: (o) => (o < 0 ? 0 : o > len ? len : o) };
  }
  const text = codesToString(codes, n);
  return {
    original,
    text,
    decoded,
    hidden,
    toOriginal: (o) => map[o < 0 ? 0 : o > n ? n : o]!,
  };
}

interface FoldResult {
  codes: Uint16Array;
  map: Int32Array;
  n: number;
  changed: boolean;
  nonAscii: boolean;
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

/** Per-character pass: removes invisible characters, applies NFKC + accent stripping, keeps the offset map. */
function foldCharacters(original: string): FoldResult {
  const len = original.length;
  let codes = new Uint16Array(len + 16);
  let map = new Int32Array(len + 17);
  let n = 0;
  let changed = false;
  let nonAscii = false;
  const hidden: HiddenSegment[] = [];
  for (let i = 0; i < len;) {
    const c = original.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      codes[n] = c;
      map[n++] = i++;
      continue;
    }
    // Most non-ASCII text (Cyrillic, CJK, …) passes untouched: one table lookup.
    if (c >= 0x80 && (c < 0xd800 || c > 0xdfff) && foldsToItself(c)) {
      nonAscii = true;
      codes[n] = c;
      map[n++] = i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = hiddenKind(cp);
    if (kind !== null) {
      addHidden(hidden, kind, i, i + width, cp);
      changed = true;
      i += width;
      continue;
    }
    if (cp < 0x80) {
      codes[n] = c; // \t \n \r
      map[n++] = i++;
      continue;
    }
    nonAscii = true;
    if (isCombiningDiacritic(cp)) {
      changed = true;
      i += width;
      continue;
    }
    const folded = foldCodePoint(cp);
    if (folded.length === width && folded === original.slice(i, i + width)) {
      for (let k = 0; k < width; k++) {
        codes[n] = original.charCodeAt(i + k);
        map[n++] = i;
      }
    } else {
      changed = true;
      // NFKC can expand one code point to many (U+FDFA → 18): grow so the rest of the input still fits.
      if (n + folded.length + (len - i) + 1 >= codes.length) {
        const size = Math.max(codes.length * 2, n + folded.length + (len - i) + 16);
        const c2 = new Uint16Array(size);
        c2.set(codes.subarray(0, n));
        codes = c2;
        const m2 = new Int32Array(size + 1);
        m2.set(map.subarray(0, n));
        map = m2;
      }
      for (let k = 0; k < folded.length; k++) {
        codes[n] = folded.charCodeAt(k);
        map[n++] = i;
      }
    }
    i += width;
  }
  map[n] = len;
  return { codes, map, n, changed, nonAscii, hidden };
}

/** Folds Cyrillic/Greek lookalikes only in words that also contain Latin letters (a mixed-script word is a disguise). */
function foldMixedScriptWords(codes: Uint16Array, n: number): boolean {
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (!isLatinLetter(c) && CONFUSABLE_TABLE[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let latin = false;
    let lookalike = false;
    let other = false;
    while (i < n) {
      const d = codes[i]!;
      if (isLatinLetter(d)) latin = true;
      else if (CONFUSABLE_TABLE[d] !== 0) lookalike = true;
      else if (d >= 0x370 && d <= 0x4ff) other = true;
      else break;
      i++;
    }
    // A Cyrillic word with one Latin typo stays Cyrillic: fold only when lookalikes could spell a Latin word.
    if (latin && lookalike && !other) {
      for (let k = start; k < i; k++) {
        const to = CONFUSABLE_TABLE[codes[k]!]!;
        if (to !== 0) codes[k] = to;
      }
      changed = true;
    }
  }
  return changed;
}

const CHUNK = 8192;
function codesToString(codes: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
