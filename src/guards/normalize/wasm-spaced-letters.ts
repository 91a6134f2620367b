/**
 * The normaliser's spaced-out candidate searches (wasm-spaced-letters.wat) over a copy of a text's code units:
 * collapseSpacedLetters' letters (the positions /[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z]/g finds) and
 * hasSpacedHexStart's hex pairs (what /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :]/ tests), cheaper on prose, where those
 * regexes start an attempt at nearly every letter.
 */
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { SPACED_LETTERS_WASM } from './wasm-spaced-letters-binary.js';

interface SpacedExports {
  memory: WasmMemory;
  classify(len: number, classes: number): void;
  findSpaced(from: number, len: number, classes: number): number;
  hasSpacedHex(len: number, classes: number): number;
  nextLeet(from: number, len: number): number;
  leetTokens(from: number, len: number, out: number, cap: number): number;
}

const arena = new WasmArena(() => instantiateWasm<SpacedExports>(SPACED_LETTERS_WASM));
let units = new Uint16Array(0);
let words = new Int32Array(0);
let loaded = 0;
let classes = 0;
let tokensAt = 0;
/** Token pairs written per leetTokens call. */
const TOKEN_CAP = 1024;

/**
 * Copies `codes[0, n)` into wasm memory and classifies the units for findSpaced. Not re-entrant: one text at a
 * time per thread (normalize is synchronous).
 */
export function loadSpaced(codes: Uint16Array, n: number): void {
  copySpaced(codes, n);
  classifySpaced();
}

/**
 * Copies `codes[0, n)` into wasm memory for nextLeet, and returns the copy: the caller writes its leet folds into it
 * too, then calls classifySpaced once for findSpaced.
 */
export function copySpaced(codes: Uint16Array, n: number): Uint16Array {
  // The units (the last vector of sixteen reads past them), then one class byte per unit, 16 zero bytes and the
  // 20 bytes findSpaced's last step reads past those, then leetTokens' pairs.
  const at = (2 * n + 32 + 15) & ~15;
  const pairsAt = (at + n + 48 + 15) & ~15;
  if (arena.reserve(pairsAt + 8 * TOKEN_CAP)) {
    units = new Uint16Array(arena.buffer);
    words = new Int32Array(arena.buffer);
  }
  units.set(codes.subarray(0, n));
  loaded = n;
  classes = at;
  tokensAt = pairsAt;
  return units;
}

/** Classifies the copied units (as they are now) for findSpaced. */
export function classifySpaced(): void {
  arena.x!.classify(loaded, classes);
}

/** The first position ≥ `from` of a unit in [013-57-9@$!] (a leet look-alike) in the loaded units, or -1. */
export function nextLeet(from: number): number {
  return arena.x === null ? -1 : arena.x.nextLeet(from, loaded);
}

/**
 * [start, end) pairs of the maximal runs of ASCII letters, digits and @ $ ! in the loaded units that hold a leet
 * look-alike (what walking nextLeet from 0 to each run's end lists), keeping only those with a letter and without a
 * 2 or 6: the only ones foldLeet can fold. One call per thousand runs instead of one per run.
 */
export function leetTokens(): number[] {
  const out: number[] = [];
  const x = arena.x;
  if (x === null) return out;
  const base = tokensAt >> 2;
  for (let from = 0; ;) {
    const k = x.leetTokens(from, loaded, tokensAt, TOKEN_CAP);
    for (let i = 0; i < 2 * k; i++) out.push(words[base + i]!);
    if (k < TOKEN_CAP) return out;
    from = words[base + 2 * k - 1]!;
  }
}

/** The first start ≥ `from` of letter, spacer, letter, spacer, letter in the loaded units, or -1. */
export function findSpaced(from: number): number {
  return arena.x === null ? -1 : arena.x.findSpaced(from, loaded, classes);
}

/**
 * Whether two hex digits, a space or colon, two hex digits and a space or colon occur in `units[0, n)`. Loads them,
 * replacing the text findSpaced searches.
 */
export function hasSpacedHexShape(units: Uint16Array, n: number): boolean {
  loadSpaced(units, n);
  return arena.x!.hasSpacedHex(loaded, classes) !== 0;
}
