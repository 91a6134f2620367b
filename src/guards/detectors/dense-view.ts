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
  /**
   * index[i]: position in the original text of the squeezed text's character i; index[text.length] = its length.
   * A view of a buffer the next call reuses: read it before calling denseView again.
   */
  index: Int32Array;
}

/** Squeeze only when it saves at least this many characters: most prompts keep their text and no copy is made. */
const MIN_SAVED = 16;

/**
 * Per UTF-16 code unit, 1 when the features' character stream skips a repeat of it: whitespace and punctuation,
 * i.e. anything that is not an ASCII letter or digit and not a letter of another script (features.ts isWordUnit and
 * ASCII_FOLD). A table, so the loop below makes no calls.
 */
const COLLAPSIBLE = new Uint8Array(65536);
for (let c = 0; c < 0xa0; c++) {
  COLLAPSIBLE[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 0 : 1;
}
for (const [from, to] of [
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0xff00, 0xff0f],
] as const) {
  COLLAPSIBLE.fill(1, from, to + 1);
}

// Reused between calls: a 1 MB document would otherwise allocate 6 MB per scan.
let units = new Uint16Array(4096);
let positions = new Int32Array(4097);
const CHUNK = 8192;

/** The squeezed view, or null when there is (almost) nothing to squeeze. */
export function denseView(text: string): DenseView | null {
  const len = text.length;
  if (len <= MIN_SAVED) return null;
  if (units.length < len) {
    units = new Uint16Array(len + (len >> 2));
    positions = new Int32Array(units.length + 1);
  }
  const out = units;
  const index = positions;
  let n = 0;
  let prev = -1;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    // A repeat the features skip: the same collapsible unit again, or whitespace after whitespace.
    if (c === prev ? COLLAPSIBLE[c] === 1 : c <= 32 && prev <= 32 && prev >= 0) {
      prev = c;
      continue;
    }
    out[n] = c;
    index[n] = i;
    n++;
    prev = c;
  }
  if (len - n < MIN_SAVED) return null;
  index[n] = len;
  return { text: unitsToString(out, n), index: index.subarray(0, n + 1) };
}

/** Uint16Array is in the platform's byte order; Buffer's utf16le decoding wants little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The first `n` units as a string. Buffer's utf16le decoding copies the units as they are (lone surrogates too,
 * unlike TextDecoder, which would put U+FFFD there and change the features) and is the fastest way in Node.
 */
function unitsToString(out: Uint16Array, n: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(out.buffer, out.byteOffset, n * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < n; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.from(out.subarray(i, Math.min(n, i + CHUNK))));
  }
  return s;
}
