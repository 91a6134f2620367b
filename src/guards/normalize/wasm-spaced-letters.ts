/**
 * collapseSpacedLetters' candidate search (wasm-spaced-letters.wat) over a copy of the text's code units: the same
 * positions /[A-Za-z][ .\-_*][A-Za-z][ .\-_*][A-Za-z]/g finds, cheaper on prose, where that regex starts an
 * attempt at nearly every letter.
 */
import { ensureMemory, instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { SPACED_LETTERS_WASM } from './wasm-spaced-letters-binary.js';

interface SpacedExports {
  memory: WasmMemory;
  classify(len: number, classes: number): void;
  findSpaced(from: number, len: number, classes: number): number;
}

/** A finder whose memory grew past this for one huge text starts afresh on the next: memory never shrinks. */
const KEEP_BYTES = 32 << 20;

let x: SpacedExports | null = null;
let units = new Uint16Array(0);
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
  if (x === null || (x.memory.buffer.byteLength > KEEP_BYTES && bytes <= KEEP_BYTES)) {
    x = instantiateWasm<SpacedExports>(SPACED_LETTERS_WASM);
    units = new Uint16Array(x.memory.buffer);
  }
  if (ensureMemory(x.memory, bytes) || units.buffer !== x.memory.buffer)
    units = new Uint16Array(x.memory.buffer);
  units.set(codes.subarray(0, n));
  x.classify(n, at);
  loaded = n;
  classes = at;
}

/** The first start ≥ `from` of letter, spacer, letter, spacer, letter in the loaded units, or -1. */
export function findSpaced(from: number): number {
  return x === null ? -1 : x.findSpaced(from, loaded, classes);
}
