/**
 * findEncodedRuns' candidate search (wasm-encoded-runs.wat): where the next run of at least sixteen base64-alphabet
 * units starts. Cheaper than the JavaScript probe on prose, whose every word costs that probe a branch or two.
 */
import { ensureMemory, instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { ENCODED_RUNS_WASM } from './wasm-encoded-runs-binary.js';

interface RunExports {
  memory: WasmMemory;
  findRun(from: number, len: number): number;
}

/** A finder whose memory grew past this for one huge text starts afresh on the next: memory never shrinks. */
const KEEP_BYTES = 32 << 20;

let x: RunExports | null = null;
let units = new Uint16Array(0);
/**
 * Bytes of x's memory, kept here: only this module grows it, and each read of a shared memory's `buffer` costs
 * ~30-40 ns (three reads per call were about a quarter of loading a docs passage).
 */
let capacity = 0;
let loaded = 0;

/**
 * Copies `codes[0, n)` into wasm memory for findRun. Not re-entrant: one text at a time per thread (normalize is
 * synchronous).
 */
export function loadRuns(codes: Uint16Array, n: number): void {
  // The last step reads up to 63 units past the text (masked off in the module).
  const bytes = 2 * n + 128;
  if (x === null || (capacity > KEEP_BYTES && bytes <= KEEP_BYTES)) {
    x = instantiateWasm<RunExports>(ENCODED_RUNS_WASM);
    capacity = 0;
  }
  if (bytes > capacity) {
    ensureMemory(x.memory, bytes);
    const buffer = x.memory.buffer;
    capacity = buffer.byteLength;
    units = new Uint16Array(buffer);
  }
  units.set(codes.subarray(0, n));
  loaded = n;
}

/**
 * The first start ≥ `from` of sixteen consecutive units of [A-Za-z0-9+/_-] in the loaded units, or -1.
 */
export function findRun(from: number): number {
  return x === null ? -1 : x.findRun(from, loaded);
}
