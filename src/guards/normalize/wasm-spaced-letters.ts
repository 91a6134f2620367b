/**
 * The normaliser's spaced-out candidate searches (wasm-spaced-letters.wat) over a copy of a text's code units:
 * collapseSpacedLetters' letters (the positions /[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z]/g finds) and
 * hasSpacedHexStart's hex pairs (what /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :]/ tests), cheaper on prose, where those
 * regexes start an attempt at nearly every letter.
 */
import { ensureMemory, instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { SPACED_LETTERS_WASM } from './wasm-spaced-letters-binary.js';

interface SpacedExports {
  memory: WasmMemory;
  classify(len: number, classes: number): void;
  findSpaced(from: number, len: number, classes: number): number;
  hasSpacedHex(len: number, classes: number): number;
}

/** A finder whose memory grew past this for one huge text starts afresh on the next: memory never shrinks. */
const KEEP_BYTES = 32 << 20;

let x: SpacedExports | null = null;
let units = new Uint16Array(0);
/**
 * Bytes of x's memory, kept here: only this module grows it, and each read of a shared memory's `buffer` costs
 * ~30-40 ns (three reads per call were about a quarter of loading a docs passage).
 */
let capacity = 0;
let loaded = 0;
let classes = 0;

/**
 * Copies `codes[0, n)` into wasm memory and classifies the units for findSpaced. Not re-entrant: one text at a
 * time per thread (normalize is synchronous).
 */
export function loadSpaced(codes: Uint16Array, n: number): void {
  // The units (the last vector of sixteen reads past them), then one class byte per unit, 16 zero bytes and the
  // 20 bytes findSpaced's last step reads past those.
  const at = (2 * n + 32 + 15) & ~15;
  const bytes = at + n + 48;
  if (x === null || (capacity > KEEP_BYTES && bytes <= KEEP_BYTES)) {
    x = instantiateWasm<SpacedExports>(SPACED_LETTERS_WASM);
    capacity = 0;
  }
  if (bytes > capacity) {
    ensureMemory(x.memory, bytes);
    const buffer = x.memory.buffer;
    capacity = buffer.byteLength;
    units = new Uint16Array(buffer);
  }
  units.set(codes.subarray(0, n));
  x.classify(n, at);
  loaded = n;
  classes = at;
}

/** The first start ≥ `from` of letter, spacer, letter, spacer, letter in the loaded units, or -1. */
export function findSpaced(from: number): number {
  return x === null ? -1 : x.findSpaced(from, loaded, classes);
}

/**
 * Whether two hex digits, a space or colon, two hex digits and a space or colon occur in `units[0, n)`. Loads them,
 * replacing the text findSpaced searches.
 */
export function hasSpacedHexShape(units: Uint16Array, n: number): boolean {
  loadSpaced(units, n);
  return x!.hasSpacedHex(loaded, classes) !== 0;
}
