import type { HiddenSegment } from '../types.js';

export type HiddenKind = HiddenSegment['kind'];

/**
 * Classifies a code point that normalisation removes because a human reader does not see it, yet a model reads it:
 * zero-width joiners and spaces, Unicode tag characters (ASCII smuggling), bidi overrides (Trojan Source),
 * variation selectors and control characters. Returns null for visible characters.
 */
export function hiddenKind(cp: number): HiddenKind | null {
  if (cp < 0x20) return cp === 9 || cp === 10 || cp === 13 ? null : 'control';
  if (cp < 0x7f) return null;
  if (cp <= 0x9f) return 'control';
  if (cp === 0xad || cp === 0x34f || cp === 0x180e) return 'zero_width';
  if (cp >= 0x200b && cp <= 0x200d) return 'zero_width';
  if (cp === 0x200e || cp === 0x200f || cp === 0x61c) return 'bidi';
  if (cp >= 0x202a && cp <= 0x202e) return 'bidi';
  if (cp >= 0x2060 && cp <= 0x2064) return 'zero_width';
  if (cp >= 0x2066 && cp <= 0x2069) return 'bidi';
  if (cp === 0xfeff) return 'zero_width';
  if (cp >= 0xfe00 && cp <= 0xfe0f) return 'variation_selector';
  if (cp >= 0xe0000 && cp <= 0xe007f) return 'unicode_tag';
  if (cp >= 0xe0100 && cp <= 0xe01ef) return 'variation_selector';
  return null;
}

/** Combining diacritics (U+0300–U+036F): stripped so "ïgnörê" and Zalgo text match their plain spelling. */
export function isCombiningDiacritic(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

// Scripts whose accents are decorative for detection purposes (Latin, Greek tonos). Other scripts keep their
// marks: Cyrillic й, a Devanagari vowel sign or a Japanese dakuten is a different letter.
function stripsAccents(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x1e00 && c <= 0x1eff);
}

const foldCache = new Map<number, string>();
// BMP code points whose fold is themselves (1) or not (2); 0 = not computed yet. Skips the Map on the hot path.
const bmpIdentity = new Uint8Array(0x10000);

/** True when a BMP code unit passes normalisation untouched (visible, no fold): most letters of most scripts. */
export function foldsToItself(c: number): boolean {
  let v = bmpIdentity[c]!;
  if (v === 0) {
    const f = hiddenKind(c) === null && !isCombiningDiacritic(c) ? foldCodePoint(c) : '';
    v = f.length === 1 && f.charCodeAt(0) === c ? 1 : 2;
    bmpIdentity[c] = v;
  }
  return v === 1;
}
const FOLD_CACHE_MAX = 50_000;

/**
 * NFKC of one visible non-ASCII code point (fullwidth, mathematical alphanumerics, circled letters, ligatures → ASCII)
 * with Latin/Greek/Cyrillic accents removed. Cached: real text repeats a small alphabet, and `normalize()` per
 * character is the slow part of normalisation.
 */
export function foldCodePoint(cp: number): string {
  const hit = foldCache.get(cp);
  if (hit !== undefined) return hit;
  let s = String.fromCodePoint(cp).normalize('NFKC');
  let needsStrip = false;
  for (let i = 0; i < s.length; i++) if (stripsAccents(s.charCodeAt(i))) needsStrip = true;
  if (needsStrip) {
    const d = s.normalize('NFD');
    let out = '';
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (!isCombiningDiacritic(c)) out += d[i];
    }
    s = out;
  }
  if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(cp, s);
  return s;
}
