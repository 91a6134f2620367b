/**
 * The rule layer's sentence ends (rule-sentences.ts sentenceEnds) and its test for spaced-out letters in WebAssembly
 * (wasm-sentence-ends.wat): one native copy of the text and one pass. The regexes they replace cost ~5 and ~2.5 ms
 * per MB on long texts, read in 8 KB pieces.
 */
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { SENTENCE_ENDS_WASM } from './wasm-sentence-ends-binary.js';

interface EndsExports {
  memory: WasmMemory;
  ends(text: number, n: number, out: number): number;
  spaced(text: number, n: number): number;
  blocks(table: number, text: number, n: number, masks: number): void;
}

/** Per code unit: 1 . ! ?, 2 a newline or a sentence mark of its own (。！？।؟), 4 a Thai letter, 8 white space. */
const CLASSES = new Uint8Array(65536);
for (const c of [46, 33, 63]) CLASSES[c] = 1;
for (const c of [10, 0x3002, 0xff01, 0xff1f, 0x964, 0x61f]) CLASSES[c] = 2;
for (let c = 0xe01; c <= 0xe5b; c++) CLASSES[c] = 4;
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) CLASSES[c] = CLASSES[c]! | 8;

const TEXT_AT = 65536;
const arena = new WasmArena(() => {
  const x = instantiateWasm<EndsExports>(SENTENCE_ENDS_WASM);
  const grow = TEXT_AT - x.memory.buffer.byteLength;
  if (grow > 0) x.memory.grow(Math.ceil(grow / 65536));
  new Uint8Array(x.memory.buffer, 0, 65536).set(CLASSES);
  return x;
});
let bytes = Buffer.alloc(0);
let words = new Int32Array(0);

/** Copies `text` into the module's memory (with room for `extra` bytes after it); returns where the room starts. */
function load(text: string, extra: number): number {
  const n = text.length;
  const outAt = (TEXT_AT + 2 * n + 16 + 15) & ~15;
  if (arena.reserve(outAt + extra)) {
    bytes = Buffer.from(arena.buffer);
    words = new Int32Array(arena.buffer);
  }
  bytes.write(text, TEXT_AT, 2 * n, 'utf16le');
  bytes.fill(0, TEXT_AT + 2 * n, TEXT_AT + 2 * n + 16);
  return outAt;
}

/** Exactly / \S \S \S /.test(text) (code units): a space, a unit, a space, a unit, a space, a unit, a space. */
export function hasSpacedUnitsWasm(text: string): boolean {
  if (text.length < 7) return false;
  load(text, 0);
  return arena.x!.spaced(TEXT_AT, text.length) >= 0;
}

/** Units per block of blockClassesWasm. */
export const CLASS_BLOCK = 512;

/**
 * For a long text: `masks[b]` = the OR of `table[unit]` over units [512b, 512b + 512) (every class of units above
 * 0x7f), and `spacedAt[b]` = where in that block the first / \S \S \S / match (code units) starts, or -1. Both
 * arrays need room for ceil(n / 512) blocks. The table (65536 bytes) is copied in on every call.
 */
export function blockClassesWasm(
  text: string,
  table: Uint8Array,
  masks: Uint8Array,
  spacedAt: Int32Array,
): void {
  const n = text.length;
  const blocks = Math.ceil(n / CLASS_BLOCK);
  const tableAt = load(text, 65536 + blocks + 16);
  const masksAt = tableAt + 65536;
  bytes.set(table, tableAt);
  const x = arena.x!;
  x.blocks(tableAt, TEXT_AT, n, masksAt);
  masks.set(bytes.subarray(masksAt, masksAt + blocks));
  spacedAt.fill(-1, 0, blocks);
  // The first match in each block: after one, the search goes on at the next block.
  for (let p = 0; p < n;) {
    const s = x.spaced(TEXT_AT + 2 * p, n - p);
    if (s < 0) break;
    const at = p + s;
    const b = (at / CLASS_BLOCK) | 0;
    spacedAt[b] = at;
    p = (b + 1) * CLASS_BLOCK;
  }
}

/** Pushes onto `out` the index of every sentence end of `lower`, ascending (rule-sentences.ts sentenceEnds). */
export function sentenceEndsWasm(lower: string, out: number[]): void {
  const n = lower.length;
  if (n === 0) return;
  const outAt = load(lower, 4 * n);
  const count = arena.x!.ends(TEXT_AT, n, outAt);
  for (let k = outAt >> 2, end = k + count; k < end; k++) out.push(words[k]!);
}
