/**
 * What each 8 KB piece of a long text needs from the rule layer (rules.ts matchPiece), from one pass over the whole
 * text: its special units (accents, letters to fold, vowel marks, ’), spaced-out letters, and whether the lower-cased
 * piece has letters to fold or accents to strip. Each was a regex search through every piece (five of them, together
 * about a third of the rule layer on documents); here one WebAssembly pass looks up a class byte for each unit above
 * 0x7f (wasm-sentence-ends.wat `blocks`) and the pieces OR the bytes of their 512-unit blocks.
 */
import { blockClassesWasm, CLASS_BLOCK } from './wasm-sentence-ends.js';

/** The unit is one of rules.ts SPECIAL_CHARS. */
export const SPECIAL = 1;
/** ... one of rules.ts MARKS (vowel marks). */
export const MARK = 2;
/** Its lower case is a letter rule-lexicon.ts foldLetters folds (ł đ ø ħ ’ ʼ). */
export const FOLD = 4;
/** Its lower case, folded, is an accented Latin letter stripAccents strips (U+00C0–U+024F). */
export const ACCENT = 8;
/** A surrogate: / \S \S \S /u may match where the code-unit test does not. */
export const ASTRAL = 16;

const SPECIAL_CHARS = /[\u0591-\u05c7\u064b-\u065f\u0670\u00c0-\u024f\u2019\u02bc]/;
const MARKS = /[\u0591-\u05c7\u064b-\u065f\u0670]/;
const FOLDED = /[łđøħ’ʼ]/;
const ACCENTED = /[\u00c0-\u024f]/;

/**
 * Per code unit, its classes. A unit's lower case in the whole text is its own lower case (the text is lower-cased as
 * one string: a capital sigma becomes σ or ς, neither in a class; İ, whose lower case is two units, leaves the rule
 * layer reading pieces on their own).
 */
export const CLASSES = new Uint8Array(65536);
for (let c = 0x80; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let k = 0;
  if (SPECIAL_CHARS.test(ch)) k |= SPECIAL;
  if (MARKS.test(ch)) k |= MARK;
  if (lower.length === 1 && FOLDED.test(lower)) k |= FOLD;
  if (lower.length === 1 && ACCENTED.test(lower) && !FOLDED.test(lower)) k |= ACCENT;
  if (c >= 0xd800 && c <= 0xdfff) k |= ASTRAL;
  CLASSES[c] = k;
}

let masks = new Uint8Array(256);
let spacedAt = new Int32Array(256);

/** Reads `text` once; then `of` answers for its pieces. */
export function readPieces(text: string): void {
  const blocks = Math.ceil(text.length / CLASS_BLOCK);
  if (masks.length < blocks) {
    masks = new Uint8Array(2 * blocks);
    spacedAt = new Int32Array(2 * blocks);
  }
  blockClassesWasm(text, CLASSES, masks, spacedAt);
}

/** The classes of the units [from, to) of the text read last (`from` a multiple of 512). */
export function classesOf(from: number, to: number): number {
  let m = 0;
  for (let b = from / CLASS_BLOCK, end = Math.ceil(to / CLASS_BLOCK); b < end; b++) m |= masks[b]!;
  return m;
}

/** Does [from, to) hold a match of / \S \S \S / (code units), as hasSpacedUnits of that slice would say? */
export function spacedIn(from: number, to: number): boolean {
  for (let b = from / CLASS_BLOCK, end = Math.ceil(to / CLASS_BLOCK); b < end; b++) {
    // The first match of its block: a later one in the block ends later still.
    const at = spacedAt[b]!;
    if (at >= 0 && at + 7 <= to) return true;
  }
  return false;
}
