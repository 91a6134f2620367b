/**
 * Runs scoreBlocks' hot loop (wasm-score-blocks.wat) for one packed weight table: the table is copied into the
 * module's memory once, then each text is one native copy of its UTF-16 code units and one call.
 */
import { BastionError } from '../../core/errors/index.js';
import type { BlockSums } from './features.js';
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { lowerCase } from './lower-case.js';
import { lowerTable, resolveHighSurrogate } from './lower-table.js';
import { SCORE_BLOCKS_WASM } from './wasm-score-blocks-binary.js';

interface ScoreExports {
  memory: WasmMemory;
  lowerFrom(at: number, len: number, from: number, lowerAt: number): number;
  score(at: number, len: number, sumsAt: number, countsAt: number, lowerAt: number): number;
}

/**
 * Packed weights fill [0, 1 MiB), the fold table and per-block scratch the next 4 KiB, the lower-case table the next
 * 128 KiB (see the .wat); texts follow.
 */
const TABLE_WORDS = 1 << 18;
const LOWER_AT = (1 << 20) + 4096;
const TEXT_AT = LOWER_AT + (1 << 17);
/** Above this many blocks the output is copied natively; below, element by element is cheaper than two views. */
const NATIVE_COPY_BLOCKS = 32;

export interface WasmScorer {
  score(text: string, out: BlockSums): void;
}

/** A scorer for one packed table (packWeights' output: one biased int32 per bucket, 2^18 buckets). */
export function createWasmScorer(packed: Int32Array): WasmScorer {
  if (packed.length !== TABLE_WORDS) {
    throw new BastionError(
      'BASTION_ERR_GUARDS_MODEL',
      `packed detector weights have ${packed.length} buckets, the scorer expects ${TABLE_WORDS}`,
    );
  }
  const arena = new WasmArena(() => {
    const x = instantiateWasm<ScoreExports>(SCORE_BLOCKS_WASM);
    new Int32Array(x.memory.buffer, 0, TABLE_WORDS).set(packed);
    new Uint16Array(x.memory.buffer, LOWER_AT, 1 << 16).set(lowerTable());
    return x;
  });
  let bytes = Buffer.alloc(0);
  let words = new Int32Array(0);
  return {
    score(text, out) {
      const len = text.length;
      // floor(len / 64) + 1 blocks: full ones and the final, possibly empty, one. The module writes a closing
      // space after the text, hence the one extra unit.
      const maxBlocks = (len >>> 6) + 1;
      const sumsAt = (TEXT_AT + 2 * len + 2 + 15) & ~15;
      const countsAt = sumsAt + 16 * maxBlocks;
      const needed = countsAt + 4 * maxBlocks;
      if (arena.reserve(needed)) {
        bytes = Buffer.from(arena.buffer);
        words = new Int32Array(arena.buffer);
      }
      const x = arena.x!;
      bytes.write(text, TEXT_AT, 2 * len, 'utf16le');
      // Non-ASCII letters are lower-cased as toLowerCase does, when that keeps the length and so every offset,
      // exactly as extractFeatures does: unit by unit through the lower-case table in the module (toLowerCase of a
      // 1 MB text with a few curly quotes cost ~2.7 ms, more than a third of the scoring), or, for a text holding a
      // unit the table cannot lower-case alone (Σ, İ), by toLowerCase (memoised: the rule layer lower-cases the same
      // text next).
      let lowerAt = LOWER_AT;
      for (let at = x.lowerFrom(TEXT_AT, len, 0, LOWER_AT); at >= 0;) {
        // The first high surrogate of its kind: decided now, and written into this module's copy of the table.
        const unit = text.charCodeAt(at);
        const entry = resolveHighSurrogate(unit);
        if (entry !== 0) {
          bytes.writeUInt16LE(entry, LOWER_AT + 2 * unit);
          at = x.lowerFrom(TEXT_AT, len, at, LOWER_AT);
          continue;
        }
        lowerAt = 0;
        const lower = lowerCase(text);
        if (lower.length === len) bytes.write(lower, TEXT_AT, 2 * len, 'utf16le');
        break;
      }
      const blocks = x.score(TEXT_AT, len, sumsAt, countsAt, lowerAt);
      if (out.counts.length < blocks) {
        out.counts = new Int32Array(blocks * 2);
        out.sums = new Int32Array(blocks * 8);
      }
      const s = sumsAt >>> 2;
      const c = countsAt >>> 2;
      if (blocks > NATIVE_COPY_BLOCKS) {
        out.sums.set(words.subarray(s, s + 4 * blocks));
        out.counts.set(words.subarray(c, c + blocks));
      } else {
        const sums = out.sums;
        const counts = out.counts;
        for (let i = 0; i < 4 * blocks; i++) sums[i] = words[s + i]!;
        for (let b = 0; b < blocks; b++) counts[b] = words[c + b]!;
      }
      out.blocks = blocks;
    },
  };
}
