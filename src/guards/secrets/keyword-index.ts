/**
 * Aho-Corasick over ASCII keywords, case-insensitive: one pass over the text, about a nanosecond per character,
 * whatever the number of keywords. A 300-way alternation regex costs ~60 ms per MB in V8; the walk in JavaScript
 * ~4.5; in WebAssembly (src/guards/wasm/wasm-keywords.wat) ~1.5. Characters outside ASCII never match a keyword and
 * reset to the root's transitions.
 */
export interface KeywordIndex {
  /** Calls `hit(keywordId, startOffset)` for every occurrence, in text order of the keyword's end. */
  scan(text: string, hit: (keyword: number, start: number) => void): void;
  /**
   * The maximal runs of at least `min` (≥ 16) ASCII letters and digits in the text of the last `scan`, as
   * [start, end) pairs in order: found sixteen units at a time in the copy of the text the scan made.
   */
  alnumRuns(min: number): number[];
}

import { WasmArena } from '../wasm/arena.js';
import { ensureMemory, instantiateWasm, type WasmMemory } from '../wasm/instantiate.js';
import { KEYWORDS_WASM } from '../wasm/wasm-keywords-binary.js';

interface KeywordExports {
  memory: WasmMemory;
  scan(
    units: number,
    len: number,
    classes: number,
    from: number,
    row: number,
    hits: number,
    cap: number,
  ): number;
  scan2(
    units: number,
    classes: number,
    a: number,
    aEnd: number,
    aRow: number,
    b: number,
    bEnd: number,
    bRow: number,
    hitsA: number,
    hitsB: number,
    nb: number,
    cap: number,
    state: number,
  ): void;
  alnumRun(units: number, from: number, len: number): number;
}

/** Hit pairs written per call into wasm: a text with more hits than this takes another call. */
const HIT_CAP = 4096;
/** Texts at least this long are walked in two halves at once (scan2); shorter ones are not worth the setup. */
const TWO_WALKS = 8192;

const ALPHABET = 128;
const FOLD = new Uint8Array(65536);
for (let c = 0; c < ALPHABET; c++) FOLD[c] = c >= 65 && c <= 90 ? c | 32 : c;

export function buildKeywordIndex(keywords: readonly string[]): KeywordIndex {
  // Trie with up to (total keyword length + 1) states.
  const maxStates = keywords.reduce((n, k) => n + k.length, 1);
  const goto = new Int32Array(maxStates * ALPHABET).fill(-1);
  const fail = new Int32Array(maxStates);
  const outputs: number[][] = [[]];
  let states = 1;
  keywords.forEach((kw, id) => {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      let c = kw.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      if (c === 0 || c >= ALPHABET) throw new Error(`keyword "${kw}" is not printable ASCII`);
      const next = goto[s * ALPHABET + c] ?? -1;
      if (next === -1) {
        goto[s * ALPHABET + c] = states;
        outputs.push([]);
        s = states++;
      } else s = next;
    }
    outputs[s]?.push(id);
  });
  // Breadth-first: failure links, and the goto table completed into a DFA so the scan never follows links.
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const s = goto[c] ?? -1;
    if (s === -1) goto[c] = 0;
    else {
      fail[s] = 0;
      queue.push(s);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const r = queue[head] ?? 0;
    for (let c = 0; c < ALPHABET; c++) {
      const s = goto[r * ALPHABET + c] ?? -1;
      const viaFail = goto[(fail[r] ?? 0) * ALPHABET + c] ?? 0;
      if (s === -1) {
        goto[r * ALPHABET + c] = viaFail;
      } else {
        fail[s] = viaFail;
        for (const o of outputs[viaFail] ?? []) outputs[s]?.push(o);
        queue.push(s);
      }
    }
  }
  const lengths = keywords.map((k) => k.length);
  // Characters no keyword contains all behave alike (back to the root's transitions): one class for them, one per
  // keyword character (upper-case ASCII shares its lower-case class). ~46 classes instead of 128 shrink the table
  // the hot loop walks from 1.4 MB to 0.5 MB, which keeps it in cache.
  const classOf = new Uint8Array(65536);
  const representative: number[] = [0];
  for (const kw of keywords) {
    for (let i = 0; i < kw.length; i++) {
      const c = FOLD[kw.charCodeAt(i)] as number;
      if (classOf[c] === 0) {
        classOf[c] = representative.length;
        representative.push(c);
      }
    }
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32] as number;
  const stride = representative.length;
  // Memory of each wasm instance: the class table, the transitions, two hit buffers, the state scan2 leaves, then
  // the text (16-byte aligned).
  const classesAt = 0;
  const deltaAt = 2 * 65536;
  const hitsAt = deltaAt + 4 * states * stride;
  const hitsBAt = hitsAt + HIT_CAP * 8;
  const stateAt = hitsBAt + HIT_CAP * 8;
  const unitsAt = (stateAt + 24 + 15) & ~15;
  // Each transition is the byte address of the next state's row, negated (bitwise not) when that state reports
  // keywords; each class is scaled to bytes: the walk does one load, one add and one sign test per character.
  const delta = new Int32Array(states * stride);
  for (let st = 0; st < states; st++) {
    for (let k = 0; k < stride; k++) {
      const to = goto[st * ALPHABET + (representative[k] as number)] ?? 0;
      const row = deltaAt + 4 * to * stride;
      delta[st * stride + k] = (outputs[to]?.length ?? 0) > 0 ? ~row : row;
    }
  }
  const classes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) classes[c] = 4 * (classOf[c] as number);
  const maxLength = Math.max(...lengths);

  const arena = new WasmArena(() => {
    const x = instantiateWasm<KeywordExports>(KEYWORDS_WASM);
    ensureMemory(x.memory, unitsAt);
    new Uint16Array(x.memory.buffer, classesAt, 65536).set(classes);
    new Int32Array(x.memory.buffer, deltaAt, delta.length).set(delta);
    return x;
  });
  const rowBytes = 4 * stride;
  let memory = new Int32Array(0);
  let textUnits = new Uint16Array(0);
  let textBytes = Buffer.alloc(0);
  let scanned = 0;

  /** Reports `count` hit pairs at byte address `at`, those of keywords ending after `after` only. */
  const report = (
    at: number,
    count: number,
    after: number,
    hit: (keyword: number, start: number) => void,
  ) => {
    const base = at >> 2;
    for (let h = 0; h < count; h++) {
      const end = memory[base + 2 * h] as number;
      if (end <= after) continue;
      const row = memory[base + 2 * h + 1] as number;
      for (const id of outputs[(row - deltaAt) / rowBytes] as number[])
        hit(id, end - (lengths[id] as number));
    }
  };
  /** Walks units [from, end) alone from `row`, reporting as it goes (hits ending after `after` only). */
  const walk = (
    x: KeywordExports,
    from: number,
    row: number,
    end: number,
    after: number,
    hit: (keyword: number, start: number) => void,
  ) => {
    for (;;) {
      const count = x.scan(unitsAt, end, classesAt, from, row, hitsAt, HIT_CAP);
      report(hitsAt, count, after, hit);
      if (count < HIT_CAP) return;
      from = memory[(hitsAt >> 2) + 2 * (count - 1)] as number;
      row = memory[(hitsAt >> 2) + 2 * (count - 1) + 1] as number;
    }
  };
  return {
    scan(text, hit) {
      const n = text.length;
      // alnumRun reads up to 63 units past the text.
      if (arena.reserve(unitsAt + 2 * n + 128)) {
        memory = new Int32Array(arena.buffer);
        textUnits = new Uint16Array(arena.buffer, unitsAt);
        textBytes = Buffer.from(arena.buffer, unitsAt, arena.buffer.byteLength - unitsAt);
      }
      textBytes.write(text, 0, 2 * n, 'utf16le');
      scanned = n;
      const x = arena.x!;
      if (n < TWO_WALKS) {
        walk(x, 0, deltaAt, n, -1, hit);
        return;
      }
      // Two walks at once: A over [0, mid), B from maxLength - 1 units before mid, so that from mid on B is in the
      // state a single walk would be in (no keyword is longer); B's hits ending at or before mid are A's again and
      // are dropped. A's hits all end before B's reported ones: the order is a single walk's.
      const mid = n >> 1;
      let a = 0;
      let aRow = deltaAt;
      let b = Math.max(0, mid - maxLength + 1);
      let bRow = deltaAt;
      let nb = 0;
      const state = stateAt >> 2;
      for (;;) {
        x.scan2(unitsAt, classesAt, a, mid, aRow, b, n, bRow, hitsAt, hitsBAt, nb, HIT_CAP, stateAt);
        a = memory[state] as number;
        aRow = memory[state + 1] as number;
        report(hitsAt, memory[state + 2] as number, -1, hit);
        b = memory[state + 3] as number;
        bRow = memory[state + 4] as number;
        nb = memory[state + 5] as number;
        if (a >= mid || b >= n || nb >= HIT_CAP) break;
      }
      // The rest of A alone, then B's buffered hits, then the rest of B alone.
      walk(x, a, aRow, mid, -1, hit);
      report(hitsBAt, nb, mid, hit);
      walk(x, b, bRow, n, mid, hit);
    },
    alnumRuns(min) {
      const out: number[] = [];
      const x = arena.x;
      if (x === null) return out;
      const n = scanned;
      let i = 0;
      while (i < n) {
        // The start of the next maximal run of 16 or more: nothing from i on starts an earlier one.
        const p = x.alnumRun(unitsAt, i, n);
        if (p < 0) break;
        let e = p + 16;
        while (e < n && ALNUM[textUnits[e] as number] === 1) e++;
        if (e - p >= min) out.push(p, e);
        i = e;
      }
      return out;
    },
  };
}

/** 1 for the units of ASCII letters and digits. */
const ALNUM = new Uint8Array(65536);
for (let c = 48; c < 123; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ALNUM[c] = 1;
