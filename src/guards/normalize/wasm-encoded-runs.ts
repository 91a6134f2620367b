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
}

const arena = new WasmArena(() => instantiateWasm<RunExports>(ENCODED_RUNS_WASM));
let units = new Uint16Array(0);
let loaded = 0;

/**
 * Copies `codes[0, n)` into wasm memory for findRun. Not re-entrant: one text at a time per thread (normalize is
 * synchronous).
 */
export function loadRuns(codes: Uint16Array, n: number): void {
  // The last step reads up to 63 units past the text (masked off in the module).
  if (arena.reserve(2 * n + 128)) units = new Uint16Array(arena.buffer);
  units.set(codes.subarray(0, n));
  loaded = n;
}

/**
 * The first start ≥ `from` of sixteen consecutive units of [A-Za-z0-9+/_-] in the loaded units, or -1.
 */
export function findRun(from: number): number {
  return arena.x === null ? -1 : arena.x.findRun(from, loaded);
}
