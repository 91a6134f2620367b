import { OffsetMap, OffsetMapCursor } from './offset-map.js';
import * as spaced from './wasm-spaced-letters.js';

// Local aliases: under tsx, imported bindings are getters, and these are called once per candidate.
const findSpaced = spaced.findSpaced;
const leetTokens = spaced.leetTokens;
/**
 * Leetspeak folding ("1gn0r3 4ll pr3v10u5" → "ignore all previous") and spaced-out letters ("i g n o r e" →
 * "ignore"), applied in place on UTF-16 code units. Only short tokens that mix letters with look-alike digits are
 * folded, so numbers, versions ("python3", "base64"), IBANs and API keys keep their digits.
 */
const LEET = new Int16Array(128).fill(-1);
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'i'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['8', 'b'],
  ['9', 'g'],
  ['@', 'a'],
  ['$', 's'],
  ['!', 'i'],
] as const) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}

const MAX_TOKEN = 20;

// Character classes of ASCII code units for the token scan: 0 other, 1 letter, 2 leet look-alike, 3 plain digit.
const OTHER = 0;
const LETTER = 1;
const LEETCH = 2;
const DIGIT = 3;
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) KIND[c] = LETTER;
  else if (LEET[c]! >= 0) KIND[c] = LEETCH;
  else if (c >= 48 && c <= 57) KIND[c] = DIGIT;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Tokens glued to '/', '+', '=', '_' or '\\' are paths, base64 or identifiers, not words.
function isGlue(c: number): boolean {
  return c === 47 || c === 43 || c === 61 || c === 95 || c === 92;
}

/**
 * Folds leet tokens in `codes[0..n)`; returns whether anything changed. Length is unchanged.
 * When a text holds 3 or more unmistakable leet words, it is written in leet: then short mixed tokens ("7h3",
 * "4ll") are folded too. `mirror` is the copy of `codes[0..n)` copySpaced made: leetTokens (WebAssembly) lists the
 * few tokens holding a leet character there, so ordinary text is not walked character by character, and each fold
 * is written to it too, so findSpaced's classes (made after this) see the folded letters.
 */
export function foldLeet(codes: Uint16Array, n: number, mirror: Uint16Array): boolean {
  // The runs holding a leet character, without those that can never fold (no letter, or a 2 or 6 in them).
  const tokens = leetTokens();
  if (tokens.length === 0) return false;
  let strict = 0;
  const changed = foldLeetPass(codes, mirror, n, tokens, false, () => strict++);
  if (strict >= 3) return foldLeetPass(codes, mirror, n, tokens, true, () => undefined) || changed;
  return changed;
}

function kindOf(c: number): number {
  return c < 128 ? KIND[c]! : OTHER;
}

function foldLeetPass(
  codes: Uint16Array,
  mirror: Uint16Array,
  n: number,
  tokens: readonly number[],
  loose: boolean,
  onFold: () => void,
): boolean {
  let changed = false;
  for (let t = 0; t < tokens.length; t += 2) {
    const start = tokens[t]!;
    const i = tokens[t + 1]!;
    let letters = 0;
    let leet = 0;
    let interior = false;
    let leading = false;
    let seenLetter = false;
    let pendingLeet = false;
    let plainDigit = false;
    for (let j = start; j < i; j++) {
      const k = kindOf(codes[j]!);
      if (k === LETTER) {
        letters++;
        if (pendingLeet) {
          if (seenLetter) interior = true;
          else leading = true;
        }
        seenLetter = true;
        pendingLeet = false;
      } else if (k === LEETCH) {
        leet++;
        pendingLeet = true;
      } else plainDigit = true;
    }
    if (leet === 0 || plainDigit) continue;
    const len = i - start;
    const before = start > 0 ? codes[start - 1]! : 32;
    const after = i < n ? codes[i]! : 32;
    const shape = loose ? letters >= 1 && leet >= 1 : interior || (leading && letters >= 3);
    if (
      // "python3", "base64" (trailing digits) stay; "4th", "10am" (leading digits, short suffix) stay.
      !shape ||
      len > MAX_TOKEN ||
      letters < (loose ? 1 : 2) ||
      letters < len * (loose ? 0.25 : 0.4) ||
      isGlue(before) ||
      isGlue(after) ||
      (after === 46 && i + 1 < n && isLetter(codes[i + 1]!)) // an e-mail's or domain's label
    ) {
      continue;
    }
    onFold();
    for (let k = start; k < i; k++) {
      const c = codes[k]!;
      if (KIND[c] === LEETCH) {
        codes[k] = LEET[c]!;
        mirror[k] = LEET[c]!;
        changed = true;
      }
    }
  }
  return changed;
}

function isSpacer(c: number): boolean {
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42;
}

/**
 * Removes the separators of runs of ≥ 3 single letters ("i g n o r e", "s.y.s.t.e.m"), compacting `codes` and
 * `map` in place (`map` null = identity; it is built on the first collapse). The places a collapse can start — three
 * single letters spaced out, /(?<![A-Za-z0-9])[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z](?![A-Za-z])/, exactly where the
 * loop below counts three or more — are found in a copy of `codes[0..n)` by findSpaced (WebAssembly; the caller loads
 * it with loadSpaced), and the text between them is moved with copyWithin, not per character. (Prose has thousands of
 * "find a cert" that the looser letter-spacer-letter-spacer-letter shape found, and none of these.) Returns the new
 * length and map.
 */
export function collapseSpacedLetters(
  codes: Uint16Array,
  map: OffsetMap | null,
  n: number,
): { n: number; map: OffsetMap | null } {
  // The copy holds the units as they were: the loop below only writes codes before r, and searches from r on.
  let candidate = findSpaced(0);
  if (candidate < 0) return { n, map };
  // The new map is started on the first real collapse (most candidates are "e.g. a" or "a - b - c" and collapse
  // nothing); until then w === r, so nothing moves and the old map stands. Old entries are read in ascending order.
  const old = new OffsetMapCursor(map);
  let m: OffsetMap | null = null;
  let w = 0;
  let r = 0;
  while (candidate >= 0) {
    // Nothing between r and the candidate can collapse: move it as a block.
    if (candidate > r) {
      if (w !== r) {
        codes.copyWithin(w, r, candidate);
        old.copyTo(m!, w, r, candidate);
      }
      w += candidate - r;
      r = candidate;
    }
    const stop = candidate + 5;
    while (r < stop && r < n) {
      const c = codes[r]!;
      const prev = r > 0 ? codes[r - 1]! : 32;
      if (isLetter(c) && !isLetter(prev) && !(prev >= 48 && prev <= 57)) {
        // Count single letters separated by exactly one spacer.
        let k = r;
        let count = 0;
        let runEnd = r;
        while (k < n && isLetter(codes[k]!) && (k + 1 >= n || !isLetter(codes[k + 1]!))) {
          count++;
          runEnd = k + 1;
          if (k + 2 < n && isSpacer(codes[k + 1]!) && isLetter(codes[k + 2]!)) k += 2;
          else break;
        }
        k = runEnd;
        if (count >= 3) {
          // The first collapse: entries below r stay as they were (w === r here).
          m ??= map === null ? new OffsetMap() : map.prefix(r);
          for (let j = r; j < k; j++) {
            if (isLetter(codes[j]!)) {
              codes[w] = codes[j]!;
              m.put(w, old.get(j));
              w++;
            }
          }
          r = k;
          continue;
        }
      }
      if (w !== r) {
        codes[w] = c;
        m!.put(w, old.get(r));
      }
      w++;
      r++;
    }
    candidate = findSpaced(r);
  }
  if (r < n) {
    if (w !== r) {
      codes.copyWithin(w, r, n);
      old.copyTo(m!, w, r, n);
    }
    w += n - r;
  }
  if (m === null) return { n, map };
  m.put(w, old.get(n));
  return { n: w, map: m };
}
