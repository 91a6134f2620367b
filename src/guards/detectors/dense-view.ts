/**
 * The text as the heads' windows see it: every run the features already count once (a run of whitespace, a run of
 * one punctuation mark: features.ts) cut down to its first character.
 *
 * Why: windows are cut by characters (64-character blocks), but padding adds characters and no features. A padded
 * Markdown table ("| value            | what happens        …        |") then gave a 128-character window of two
 * words, which the 1/sqrt(n) scaling let a handful of n-grams decide: Bastion's own docs/*.md tables scored 0.90-0.98
 * on the indirect head and were quarantined at first start. Squeezed, the window holds the table's content, like a
 * window of prose. The squeezed text has exactly the original's features, in the same order (dense-view.test.ts);
 * only where the block boundaries fall changes. Training cuts its windows the same way (bench/guards/eval-examples.ts),
 * and an attack spread out with spaces over several windows is packed back into one.
 */
export interface DenseView {
  text: string;
  /** index[i]: position in the original text of the squeezed text's character i; index[text.length] = its length. */
  index: Int32Array;
}

/** Squeeze only when it saves at least this many characters: most prompts keep their text and no copy is made. */
const MIN_SAVED = 16;

/** A separator for the features: ASCII control characters and space all count as one space. */
const isSpace = (c: number): boolean => c <= 32;

/**
 * Does the features' character stream skip a repeat of `c` (features.ts: whitespace, and punctuation, i.e. anything
 * that is not an ASCII letter or digit and not a letter of another script per isWordUnit)?
 */
function collapsible(c: number): boolean {
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  if (c < 0xa0) return true;
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f);
}

/** Is the code unit at `i` a repeat that the features skip (same as the one before, or whitespace after whitespace)? */
function repeats(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!collapsible(c)) return false;
  const p = text.charCodeAt(i - 1);
  return c === p || (isSpace(c) && isSpace(p));
}

/** The squeezed view, or null when there is (almost) nothing to squeeze. */
export function denseView(text: string): DenseView | null {
  let saved = 0;
  for (let i = 1; i < text.length; i++) if (repeats(text, i)) saved++;
  if (saved < MIN_SAVED) return null;
  const index = new Int32Array(text.length - saved + 1);
  const parts: string[] = [];
  let n = 0;
  let from = 0;
  if (text.length > 0) index[n++] = 0;
  for (let i = 1; i < text.length; i++) {
    if (repeats(text, i)) {
      if (i > from) parts.push(text.slice(from, i));
      from = i + 1;
    } else index[n++] = i;
  }
  if (from < text.length) parts.push(text.slice(from));
  index[n] = text.length;
  return { text: parts.join(''), index };
}
