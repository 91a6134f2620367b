/**
 * `toLowerCase` one UTF-16 unit at a time, for the n-gram scorer (wasm-score-blocks.ts): it lower-cases a text's
 * non-ASCII units through this table inside WebAssembly instead of calling toLowerCase on the whole text (on a 1 MB
 * document with a few curly quotes that call cost ~2.7 ms, more than a third of the scoring).
 *
 * Exact by construction: every entry is what this process's toLowerCase does to the unit inside a text. Where one
 * unit alone cannot say that, the entry is 0 and the scorer falls back to toLowerCase on the whole text:
 *  - Σ (U+03A3) becomes σ or ς depending on the letters around it (Unicode's Final_Sigma, the one context-dependent
 *    lower-case mapping);
 *  - units whose lower case is longer (İ → i̇) or is ASCII (the Kelvin sign → k: the scorer folds ASCII with its own
 *    table before looking here);
 *  - high surrogates until resolved (resolveHighSurrogate): one is kept as itself when every code point it starts
 *    is its own lower case (emoji, CJK extensions), and stays 0 otherwise (Deseret, Osage, Adlam letters).
 * Low surrogates are kept as themselves (a lone one is, and a pair is decided by its high surrogate).
 */
let table: Uint16Array | null = null;
/** High surrogates already looked at (index: unit - 0xd800). */
const resolved = new Uint8Array(1024);

const SIGMA = 0x3a3;
/** İ: its lower case is two units. Left out of the one text the table is read from, so that text keeps its length. */
const DOTTED_I = 0x130;

/** The table, 65,536 units (entries below 0x80 unused), built once per thread on first use (~2 ms). */
export function lowerTable(): Uint16Array {
  if (table !== null) return table;
  const t = new Uint16Array(1 << 16);
  // Every other non-ASCII BMP unit in one text, lower-cased once: where the length holds, unit i's lower case is
  // unit i of the result (lower case never removes a character, so an equal length means no unit expanded).
  const units = new Uint16Array(1 << 16);
  let n = 0;
  for (let c = 0x80; c < 1 << 16; c++) if ((c < 0xd800 || c > 0xdfff) && c !== DOTTED_I) units[n++] = c;
  const lower = Buffer.from(units.buffer, 0, 2 * n)
    .toString('utf16le')
    .toLowerCase();
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    if (lower.length === n) t[c] = lower.charCodeAt(i);
    else {
      // Some unit expanded after all (a future Unicode version): each one on its own.
      const one = String.fromCharCode(c).toLowerCase();
      t[c] = one.length === 1 ? one.charCodeAt(0) : 0;
    }
  }
  t[SIGMA] = 0;
  for (let c = 0x80; c < 1 << 16; c++) if (t[c]! < 0x80) t[c] = 0;
  for (let c = 0xdc00; c <= 0xdfff; c++) t[c] = c;
  table = t;
  return t;
}

/**
 * Decides a high surrogate's entry (see above) the first time one is met; returns its entry, 0 when the unit is not
 * a high surrogate or stays unresolvable.
 */
export function resolveHighSurrogate(unit: number): number {
  const t = lowerTable();
  if (unit < 0xd800 || unit > 0xdbff) return 0;
  const k = unit - 0xd800;
  if (resolved[k] === 0) {
    resolved[k] = 1;
    const pairs: number[] = [];
    for (let low = 0xdc00; low <= 0xdfff; low++) pairs.push(unit, low);
    const s = String.fromCharCode.apply(null, pairs);
    if (s.toLowerCase() === s) t[unit] = unit;
  }
  return t[unit]!;
}
