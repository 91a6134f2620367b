/**
 * The term scanner's walk (term-scanner.ts) in WebAssembly (wasm-term-scan.wat): the tables compileTerms built are
 * copied once into the module's memory, each text is copied in natively (utf16le), one call finds every term, and
 * the hits are handed to `onMatch` from a buffer. On a 1 MB document the JavaScript walk took ~10 ms of CPU.
 */
import { WasmArena } from '../wasm/arena.js';
import { instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { TERM_SCAN_WASM } from './wasm-term-scan-binary.js';

interface TermScanExports {
  memory: WasmMemory;
  init(
    cls: number,
    bi: number,
    tri: number,
    quad: number,
    root: number,
    edges: number,
    mask: number,
    nodes: number,
    anyw: number,
    scratch: number,
  ): void;
  scan(text: number, n: number, state: number, out: number, limit: number, stop: number): number;
}

/** The tables of one compiled term list, as compileTerms (term-scanner.ts) holds them. */
export interface TermTables {
  /** Class byte per code unit, with the proclitic bits (32, 64) the JavaScript walk tests with a Set. */
  cls: Uint8Array;
  bigrams: Uint8Array;
  trigrams: Uint8Array;
  quads: Uint8Array;
  /** The hash table of the edges of nodes with several children. */
  rootChild: Int32Array;
  edgeFrom: Int32Array;
  edgeChar: Int32Array;
  edgeTo: Int32Array;
  termAt: Int32Array;
  only: Int32Array;
  onlyTo: Int32Array;
  termAnywhere: Uint8Array;
  /** The longest term: no position reports more terms than this. */
  longest: number;
}

export type OnMatch = (start: number, end: number, term: number) => boolean | void;

/** Hits per call: a call stops before a position once this many are written, and JavaScript hands them out. */
const HITS = 4096;
const align = (n: number): number => (n + 15) & ~15;
/**
 * Units before a start that decide what it may begin: the one before (inside a word or not) and, for Arabic and
 * Hebrew, up to two one-letter proclitics after the word's start.
 */
export const CONTEXT = 3;

/** A scan over one compiled term list (term-scanner.ts TermScanner's scan and scanZones). */
export interface WasmTermScan {
  scan(lower: string, onMatch: OnMatch): void;
  scanZones(lower: string, zones: Int32Array, count: number, onMatch: OnMatch): void;
}

/**
 * A `scan(lower, onMatch)` over `tables` in WebAssembly, same calls in the same order as the JavaScript walk, and
 * `scanZones`, the same walk over some ranges of starts only. Its module instance is made on the first scan. Not
 * re-entrant: `onMatch` must not scan with the same scanner.
 */
export function wasmTermScan(tables: TermTables): WasmTermScan {
  const t = tables;
  const clsAt = 0;
  const biAt = clsAt + 65536;
  const triAt = biAt + 65536;
  const quadAt = triAt + 65536;
  const rootAt = quadAt + 65536;
  const edgesAt = rootAt + 4 * 65536;
  const nodesAt = align(edgesAt + 12 * t.edgeFrom.length);
  const anywAt = align(nodesAt + 16 * t.only.length);
  const scratchAt = align(anywAt + t.termAnywhere.length);
  const stateAt = align(scratchAt + 8 * (t.longest + 1));
  const outAt = align(stateAt + 16);
  const textAt = align(outAt + 12 * (HITS + t.longest + 1));

  const arena = new WasmArena(() => {
    const x = instantiateWasm<TermScanExports>(TERM_SCAN_WASM);
    const grow = textAt - x.memory.buffer.byteLength;
    if (grow > 0) x.memory.grow(Math.ceil(grow / 65536));
    const buf = x.memory.buffer;
    new Uint8Array(buf, clsAt, 65536).set(t.cls);
    new Uint8Array(buf, biAt, 65536).set(t.bigrams);
    new Uint8Array(buf, triAt, 65536).set(t.trigrams);
    new Uint8Array(buf, quadAt, 65536).set(t.quads);
    new Int32Array(buf, rootAt, 65536).set(t.rootChild);
    const edges = new Int32Array(buf, edgesAt, 3 * t.edgeFrom.length);
    for (let h = 0; h < t.edgeFrom.length; h++) {
      edges[3 * h] = t.edgeFrom[h]!;
      edges[3 * h + 1] = t.edgeChar[h]!;
      edges[3 * h + 2] = t.edgeTo[h]!;
    }
    // One record per node: a walk step reads one cache line.
    const nodes = new Int32Array(buf, nodesAt, 4 * t.only.length);
    for (let k = 0; k < t.only.length; k++) {
      nodes[4 * k] = t.only[k]!;
      nodes[4 * k + 1] = t.onlyTo[k]!;
      nodes[4 * k + 2] = t.termAt[k]!;
    }
    new Uint8Array(buf, anywAt, t.termAnywhere.length).set(t.termAnywhere);
    x.init(clsAt, biAt, triAt, quadAt, rootAt, edgesAt, t.edgeFrom.length - 1, nodesAt, anywAt, scratchAt);
    return x;
  });
  let bytes = Buffer.alloc(0);
  let words = new Int32Array(0);

  /** Copies `lower` into the module's memory. */
  const load = (lower: string): void => {
    const n = lower.length;
    if (arena.reserve(textAt + 2 * n + 16)) {
      bytes = Buffer.from(arena.buffer);
      words = new Int32Array(arena.buffer);
    }
    bytes.write(lower, textAt, 2 * n, 'utf16le');
  };
  const state = stateAt >> 2;
  const out = outAt >> 2;
  /**
   * Walks starts [from, stop) of the loaded text of `n` units, the word context starting afresh at `from`, and hands
   * out the hits starting at `first` or later, their positions plus `shift`. False when `onMatch` stopped the scan.
   */
  const run = (
    n: number,
    from: number,
    stop: number,
    first: number,
    shift: number,
    onMatch: OnMatch,
  ): boolean => {
    const x = arena.x!;
    words[state] = from;
    words[state + 1] = 0;
    words[state + 2] = 0;
    for (;;) {
      const count = x.scan(textAt, n, stateAt, outAt, HITS, stop);
      for (let k = out, end = out + 3 * count; k < end; k += 3) {
        if (words[k]! < first) continue;
        if (onMatch(words[k]! + shift, words[k + 1]! + shift, words[k + 2]!) === false) return false;
      }
      if (words[state]! >= stop) return true;
    }
  };

  return {
    scan(lower, onMatch) {
      const n = lower.length;
      if (n === 0) return;
      load(lower);
      run(n, 0, n, 0, 0, onMatch);
    },
    scanZones(lower, zones, count, onMatch) {
      const n = lower.length;
      for (let z = 0; z < count; z++) {
        const a = zones[2 * z]!;
        const b = zones[2 * z + 1]!;
        // Only the units a zone's starts read: the three before it (whether a start begins a word, and after which
        // proclitics) to the longest term past its last start. A term starting in the zone ends before `to`, and
        // the walk's look-ahead near `to` only concerns later starts.
        const from = Math.max(0, a - CONTEXT);
        const to = Math.min(n, b + t.longest);
        load(lower.slice(from, to));
        if (!run(to - from, 0, b - from, a - from, from, onMatch)) return;
      }
    },
  };
}
