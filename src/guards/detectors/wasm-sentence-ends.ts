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
  return arena.x!.spaced(TEXT_AT, text.length) === 1;
}

/** Pushes onto `out` the index of every sentence end of `lower`, ascending (rule-sentences.ts sentenceEnds). */
export function sentenceEndsWasm(lower: string, out: number[]): void {
  const n = lower.length;
  if (n === 0) return;
  const outAt = load(lower, 4 * n);
  const count = arena.x!.ends(TEXT_AT, n, outAt);
  for (let k = outAt >> 2, end = k + count; k < end; k++) out.push(words[k]!);
}
