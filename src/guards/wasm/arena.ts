import { ensureMemory, type WasmMemory } from './instantiate.js';

/** An arena whose memory grew past this for one huge text starts afresh on the next: memory never shrinks. */
const KEEP_BYTES = 32 << 20;

/**
 * One module instance per thread whose memory is sized to the text at hand: grown when a call needs more, and
 * replaced by a fresh instance (from `create`) once one huge text has grown it past 32 MiB and the next text needs
 * less. The size is kept here rather than read from the memory: only the arena grows it, and each read of a
 * memory's `buffer` costs ~30-40 ns (three reads per call were about a quarter of loading a docs passage).
 * Not re-entrant: one text at a time per thread (the scanners are synchronous).
 */
export class WasmArena<T extends { memory: WasmMemory }> {
  /** The current instance, null until the first `reserve`. */
  x: T | null = null;
  /** Its memory's buffer as of the last `reserve`. */
  buffer: ArrayBuffer = new ArrayBuffer(0);
  private capacity = 0;

  constructor(private readonly create: () => T) {}

  /** Makes the memory hold at least `bytes`. True when `buffer` changed: views over the old one must be remade. */
  reserve(bytes: number): boolean {
    let x = this.x;
    if (x === null || (this.capacity > KEEP_BYTES && bytes <= KEEP_BYTES)) {
      x = this.x = this.create();
      this.capacity = 0; // a new memory: the views must be made over it
    }
    if (bytes > this.capacity) {
      ensureMemory(x.memory, bytes);
      this.buffer = x.memory.buffer;
      this.capacity = this.buffer.byteLength;
      return true;
    }
    return false;
  }
}
