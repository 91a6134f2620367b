/**
 * findEncodedRuns' candidate search (wasm-encoded-runs.wat): where the next run of at least sixteen base64-alphabet
 * units starts. Cheaper than the JavaScript probe on prose, whose every word costs that probe a branch or two.
 */
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { ENCODED_RUNS_WASM } from './wasm-encoded-runs-binary.js';

interface RunExports {
  memory: WasmMemory;
  findRun(from: number, len: number): number;
  nextSpecial(from: number, len: number): number;
}

const arena = new WasmArena(() => instantiateWasm<RunExports>(ENCODED_RUNS_WASM));
let units = new Uint16Array(0);
let bytes = Buffer.alloc(0);
let loaded = 0;

/** Makes the memory hold `n` units and what the searches read past them; remakes the views when it moved. */
function reserve(n: number): void {
  // The last step of findRun reads up to 63 units past the text (masked off in the module).
  if (arena.reserve(2 * n + 128)) {
    units = new Uint16Array(arena.buffer);
    bytes = Buffer.from(arena.buffer);
  }
}

/**
 * Writes `text`'s code units into wasm memory (one native copy) for findRun and nextSpecial, and returns them: the
 * normaliser reads this view as its copy of the units. Valid until the next load.
 */
export function loadRunsText(text: string): Uint16Array {
  const n = text.length;
  reserve(n);
  bytes.write(text, 0, 2 * n, 'utf16le');
  loaded = n;
  return units;
}

/**
 * Copies `codes[0, n)` into wasm memory for findRun. Not re-entrant: one text at a time per thread (normalize is
 * synchronous).
 */
export function loadRuns(codes: Uint16Array, n: number): void {
  // The view loadRunsText returned holds them already.
  if (codes !== units) {
    reserve(n);
    units.set(codes.subarray(0, n));
  }
  loaded = n;
}

/**
 * The first start ≥ `from` of sixteen consecutive units of [A-Za-z0-9+/_-] in the loaded units, or -1.
 */
export function findRun(from: number): number {
  return arena.x === null ? -1 : arena.x.findRun(from, loaded);
}

/** The first position ≥ `from` of a unit other than printable ASCII, tab, LF or CR in the loaded units, or -1. */
export function nextSpecial(from: number): number {
  return arena.x === null ? -1 : arena.x.nextSpecial(from, loaded);
}
