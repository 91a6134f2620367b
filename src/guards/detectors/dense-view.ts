import { squeezeRepeats } from './wasm-dense-view.js';

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

/**
 * The squeezed view, or null when there is (almost) nothing to squeeze. A unit goes when the features skip it: one
 * they collapse (anything but an ASCII letter or digit or a letter of another script, per features.ts isWordUnit)
 * equal to the unit before it, or whitespace (ASCII control characters and space) after whitespace. Computed in
 * WebAssembly, eight units at a time (wasm-dense-view.ts): the per-unit JavaScript pass with slices joined cost
 * 14-28 ms CPU per MB of documentation or code, more than the rest of the detectors.
 */
export function denseView(text: string): DenseView | null {
  return squeezeRepeats(text, MIN_SAVED);
}
