/**
 * The dense view (dense-view.ts) computed in WebAssembly (wasm-dense-view.wat): one native copy of the text and one
 * pass, eight units at a time, writing the units the features do not skip and their positions. The JavaScript definition (a per-character predicate, then slices joined) cost
 * 20-28 ms CPU per MB of text; this ~1 ms.
 */
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { DENSE_VIEW_WASM } from './wasm-dense-view-binary.js';

interface DenseExports {
  memory: WasmMemory;
  squeeze(len: number, out: number, idx: number): number;
}

const arena = new WasmArena(() => instantiateWasm<DenseExports>(DENSE_VIEW_WASM));
let bytes = Buffer.alloc(0);

/**
 * `text` without the units that repeat what the features already counted once, with `index[i]` the position in
 * `text` of kept unit i and `index[n]` = text.length; null when fewer than `minSaved` units would go.
 */
export function squeezeRepeats(text: string, minSaved: number): { text: string; index: Int32Array } | null {
  const len = text.length;
  if (len < 2) return null;
  // The units and 16 zero bytes, then room for the kept units (plus one vector), then their positions.
  const outAt = (2 * len + 16 + 15) & ~15;
  const idxAt = (outAt + 2 * len + 16 + 15) & ~15;
  if (arena.reserve(idxAt + 4 * (len + 9))) bytes = Buffer.from(arena.buffer);
  bytes.write(text, 0, 2 * len, 'utf16le');
  bytes.fill(0, 2 * len, 2 * len + 16);
  // One pass writes the view whatever it saves: most texts that save too little are short.
  const n = arena.x!.squeeze(len, outAt, idxAt);
  if (len - n < minSaved) return null;
  const index = new Int32Array(n + 1);
  index.set(new Int32Array(arena.buffer, idxAt, n + 1));
  return { text: bytes.toString('utf16le', outAt, outAt + 2 * n), index };
}
