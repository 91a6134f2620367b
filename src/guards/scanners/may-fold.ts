/**
 * True when `text` has a character at or above U+00A0. Every character foldForIdentifiers folds or drops (Unicode
 * spaces and dashes, fullwidth forms, invisible characters, the lead surrogate of a tag character; pii/fold.ts FOLD)
 * is at or above U+00A0, so without one it returns undefined: this test says so for ~0.1 µs instead of the fold
 * scan's ~0.3-1 µs (a copy into WebAssembly memory and a typed array per call, on every prompt and answer).
 */
// eslint-disable-next-line no-control-regex -- the class is "below U+00A0", controls included
const MAY_FOLD = /[^\u0000-\u009f]/;
export function mayFold(text: string): boolean {
  return MAY_FOLD.test(text);
}
