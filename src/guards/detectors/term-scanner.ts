/**
 * Finds every lexicon term in a lower-cased text in one pass, for the rule layer (rules.ts).
 *
 * A trie regex (trie-regex.ts) was fast for a few hundred terms, but V8 stops compiling an alternation of
 * thousands of terms in many scripts to native code: with the multilingual concept lexicon one 2 KB Arabic
 * text took milliseconds. This scanner looks at each character once with typed-array tables and walks a trie only
 * where a term can start:
 *  - in scripts written with spaces (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic) only at the start of a word,
 *    like the regex's `\b` (Arabic and Hebrew also after one or two one-letter proclitics: و ف ب ل ك س, "وتجاهل"; ו ה ב ל מ ש כ, "וההוראות");
 *  - in scripts without spaces (Han, kana, Hangul, Thai) and for punctuation terms (quotes) anywhere;
 *  - terms compiled with `anywhere` (the harm-topic lexicon's compounds and non-Latin terms) at any position;
 *  - and only if the first three characters begin some term (a hashed trigram table).
 * The walk runs in WebAssembly (wasm-term-scan.wat); the JavaScript one below is its reference and fallback.
 */
import { CONTEXT, wasmTermScan } from './wasm-term-scan.js';

type OnMatch = (start: number, end: number, term: number) => boolean | void;

export interface CompileOptions {
  /** Per term: may start inside a word ("*bombe" in "Rohrbombe"), whatever its script. */
  anywhere?: readonly boolean[];
}
export interface TermScanner {
  /**
   * Calls `onMatch(start, end, term)` for every term found, all terms at one position longest first; `term`
   * indexes the array the scanner was compiled from. Return `false` from `onMatch` to stop the scan.
   */
  scan(lower: string, onMatch: (start: number, end: number, term: number) => boolean | void): void;
  /** The same walk in JavaScript: the reference the WebAssembly `scan` is tested against, and its fallback. */
  scanPortable(lower: string, onMatch: (start: number, end: number, term: number) => boolean | void): void;
  /**
   * The calls `scan` makes for the starts inside the zones only: `zones` holds `count` pairs [start, stop), ascending
   * and disjoint. A term may run on past its zone (to the end of the text); a start's word context is read from the
   * CONTEXT units before it, as the whole scan would.
   */
  scanZones(
    lower: string,
    zones: Int32Array,
    count: number,
    onMatch: (start: number, end: number, term: number) => boolean | void,
  ): void;
}

const START_ANYWHERE = 1;
const START_WORD = 2;
const TRI_BITS = 16;
const TRI_MASK = (1 << TRI_BITS) - 1;

/** Characters that continue a word in scripts written with spaces (a start there is mid-word). */
const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (
    (c >= 48 && c <= 57) ||
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x5ff) ||
    (c >= 0x600 && c <= 0x6ff && !(c >= 0x60c && c <= 0x61f) && !(c >= 0x660 && c <= 0x66d)) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x900 && c <= 0xdff && c !== 0x964 && c !== 0x965)
  ) {
    WORD[c] = 1;
  }
}
// Arabic و ف ب ل ك س; Hebrew ו ה ב ל מ ש כ ("וההוראות", "להתעלם").
const PROCLITIC = new Set([
  0x648, 0x641, 0x628, 0x644, 0x643, 0x633, 0x5d5, 0x5d4, 0x5d1, 0x5dc, 0x5de, 0x5e9, 0x5db,
]);

function startKind(c: number): number {
  return WORD[c] === 1 ? START_WORD : START_ANYWHERE;
}

function bi(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & TRI_MASK;
}

function tri(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) & TRI_MASK;
}

function quad(a: number, b: number, c: number, d: number): number {
  return (
    (Math.imul(a, 0x9e3779b1) ^
      Math.imul(b, 0x85ebca6b) ^
      Math.imul(c, 0xc2b2ae35) ^
      Math.imul(d, 0x27d4eb2f)) &
    TRI_MASK
  );
}

/**
 * Renumbers the trie's nodes breadth first, in place in every table: the first levels, which every walk passes
 * through, then share cache lines (numbered in insertion order, one term's nodes were together instead).
 */
function renumberBreadthFirst(
  nodes: number,
  edgeFrom: Int32Array,
  edgeTo: Int32Array,
  termAt: Int32Array,
  only: Int32Array,
  onlyTo: Int32Array,
  rootChild: Int32Array,
): void {
  // Children per node by counting sort of the edges.
  const first = new Int32Array(nodes + 1);
  for (let h = 0; h < edgeFrom.length; h++) if (edgeFrom[h] !== -1) first[edgeFrom[h]! + 1]!++;
  for (let v = 0; v < nodes; v++) first[v + 1]! += first[v]!;
  const fill = first.slice(0, nodes);
  const kids = new Int32Array(first[nodes]!);
  for (let h = 0; h < edgeFrom.length; h++) if (edgeFrom[h] !== -1) kids[fill[edgeFrom[h]!]!++] = edgeTo[h]!;
  const renum = new Int32Array(nodes);
  const order = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let k = first[v]!; k < first[v + 1]!; k++) {
      renum[kids[k]!] = tail;
      order[tail++] = kids[k]!;
    }
  }
  const termAtOld = termAt.slice(0, nodes);
  const onlyOld = only.slice();
  const onlyToOld = onlyTo.slice();
  for (let v = 0; v < nodes; v++) {
    const w = renum[v]!;
    termAt[w] = termAtOld[v]!;
    only[w] = onlyOld[v]!;
    onlyTo[w] = onlyOld[v]! >= 0 ? renum[onlyToOld[v]!]! : 0;
  }
  for (let c = 0; c < 65536; c++) if (rootChild[c]! >= 0) rootChild[c] = renum[rootChild[c]!]!;
  // The construction table keeps its slots (hashed by the old numbers): only the walks read it from here on, through
  // the branching table built from it.
  for (let h = 0; h < edgeFrom.length; h++) {
    if (edgeFrom[h] === -1) continue;
    edgeFrom[h] = renum[edgeFrom[h]!]!;
    edgeTo[h] = renum[edgeTo[h]!]!;
  }
}

/** Compiles the terms (already lower-cased and normalised like the texts they will be matched in). */
export function compileTerms(terms: readonly string[], opts: CompileOptions = {}): TermScanner {
  const anywhere = opts.anywhere;
  const start = new Uint8Array(65536);
  // A term flagged `anywhere` may start mid-word: its first character gets bit 16 in `cls`.
  const midWord = new Uint8Array(65536);
  const termAnywhere = new Uint8Array(terms.length);
  // Hashed tables of what a term can start with: bigrams, a term of 2 chars is that; trigrams, bit 1 some term of 3+
  // chars starts with it, bit 2 a term of 3 chars is it; quadgrams, some term of 4+ chars starts with it. A walk costs
  // a few dependent loads per step, and common words begin terms ("and", "for", "with"; "a" and "i" begin "ai",
  // "ia"). ONE: a term of 1 char is that char (then every position is walked).
  const bigrams = new Uint8Array(1 << TRI_BITS);
  const trigrams = new Uint8Array(1 << TRI_BITS);
  const quads = new Uint8Array(1 << TRI_BITS);
  const one = new Uint8Array(65536);
  // The trie as one open-addressing hash table of edges (node, char) → child: a few typed-array reads per step
  // instead of a Map per node. Node 0 is the root; termAt[node] is the term ending there, or -1.
  let chars = 0;
  for (const t of terms) chars += t.length;
  const size = 1 << Math.ceil(Math.log2(2 * chars + 16));
  const mask = size - 1;
  const edgeFrom = new Int32Array(size).fill(-1);
  const edgeChar = new Int32Array(size);
  const edgeTo = new Int32Array(size);
  const termAt = new Int32Array(chars + 1).fill(-1);
  let nodes = 1;
  const child = (node: number, c: number, create: boolean): number => {
    let h = (Math.imul(node, 0x9e3779b1) ^ c) & mask;
    for (;;) {
      const from = edgeFrom[h]!;
      if (from === -1) {
        if (!create) return -1;
        edgeFrom[h] = node;
        edgeChar[h] = c;
        edgeTo[h] = nodes;
        return nodes++;
      }
      if (from === node && edgeChar[h] === c) return edgeTo[h]!;
      h = (h + 1) & mask;
    }
  };
  terms.forEach((t, id) => {
    if (t.length === 0) return;
    const c0 = t.charCodeAt(0);
    start[c0] = startKind(c0);
    if (anywhere?.[id] === true) {
      midWord[c0] = 1;
      termAnywhere[id] = 1;
    }
    if (t.length === 1) one[c0] = 1;
    else if (t.length === 2) bigrams[bi(c0, t.charCodeAt(1))] = 1;
    else {
      const h = tri(c0, t.charCodeAt(1), t.charCodeAt(2));
      trigrams[h] = trigrams[h]! | (t.length === 3 ? 3 : 1);
      if (t.length > 3) quads[quad(c0, t.charCodeAt(1), t.charCodeAt(2), t.charCodeAt(3))] = 1;
    }
    let node = 0;
    for (let i = 0; i < t.length; i++) node = child(node, t.charCodeAt(i), true);
    termAt[node] = id;
  });
  // The root's children directly by character: every walk starts there, one read instead of a hash probe.
  const rootChild = new Int32Array(65536).fill(-1);
  for (let h = 0; h < size; h++) if (edgeFrom[h] === 0) rootChild[edgeChar[h]!] = edgeTo[h]!;
  // Deeper in the trie most nodes have one child or none: only[node] is that child's character, -2 for none, -1 for
  // several (then the hash table). The walk below then reads one array instead of probing.
  const only = new Int32Array(nodes).fill(-2);
  const onlyTo = new Int32Array(nodes);
  for (let h = 0; h < size; h++) {
    const from = edgeFrom[h]!;
    if (from === -1) continue;
    if (only[from] === -2) {
      only[from] = edgeChar[h]!;
      onlyTo[from] = edgeTo[h]!;
    } else only[from] = -1;
  }
  renumberBreadthFirst(nodes, edgeFrom, edgeTo, termAt, only, onlyTo, rootChild);
  // The edges of nodes with several children, the only ones the walks look up by hash: a table ~8x smaller than the
  // one built above, so a probe mostly hits the cache.
  let branching = 0;
  for (let h = 0; h < size; h++) if (edgeFrom[h]! > 0 && only[edgeFrom[h]!] === -1) branching++;
  const bSize = 1 << Math.ceil(Math.log2(2 * branching + 16));
  const bMask = bSize - 1;
  const bFrom = new Int32Array(bSize).fill(-1);
  const bChar = new Int32Array(bSize);
  const bTo = new Int32Array(bSize);
  for (let h = 0; h < size; h++) {
    const from = edgeFrom[h]!;
    if (from <= 0 || only[from] !== -1) continue;
    let b = (Math.imul(from, 0x9e3779b1) ^ edgeChar[h]!) & bMask;
    while (bFrom[b] !== -1) b = (b + 1) & bMask;
    bFrom[b] = from;
    bChar[b] = edgeChar[h]!;
    bTo[b] = edgeTo[h]!;
  }
  const branchChild = (node: number, c: number): number => {
    let b = (Math.imul(node, 0x9e3779b1) ^ c) & bMask;
    for (;;) {
      const from = bFrom[b]!;
      if (from === -1) return -1;
      if (from === node && bChar[b] === c) return bTo[b]!;
      b = (b + 1) & bMask;
    }
  };
  let longest = 0;
  for (const t of terms) longest = Math.max(longest, t.length);
  // All terms found at one position, reported longest first once the walk is done.
  const ends = new Int32Array(longest + 1);
  const ids = new Int32Array(longest + 1);
  // One table lookup per character: bit 1 continues a word, bit 2 may start a term anywhere, bit 4 may start
  // one at the start of a word, bit 8 is a term of one character, bit 16 starts a term flagged
  // `anywhere` (then a position inside a word is walked too, and only such terms count there).
  const cls = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    cls[c] = (WORD[c] === 1 ? 1 : 0) | (start[c] === START_ANYWHERE ? 2 : start[c] === START_WORD ? 4 : 0);
    if (one[c] === 1) cls[c] = cls[c]! | 8;
    if (midWord[c] === 1) cls[c] = cls[c]! | 16;
    // For the WebAssembly walk: a proclitic, and an Arabic or Hebrew letter that may follow proclitics.
    if (PROCLITIC.has(c)) cls[c] = cls[c]! | 32;
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x5d0 && c <= 0x5ea)) cls[c] = cls[c]! | 64;
    // ... and a unit that inside a word starts nothing (the walk's fast path).
    if ((cls[c]! & 1) !== 0 && (cls[c]! & (16 | 64)) === 0) cls[c] = cls[c]! | 128;
  }
  const wasm =
    (globalThis as { WebAssembly?: unknown }).WebAssembly === undefined
      ? null
      : wasmTermScan({
          cls,
          bigrams,
          trigrams,
          rootChild,
          quads,
          edgeFrom: bFrom,
          edgeChar: bChar,
          edgeTo: bTo,
          termAt,
          only,
          onlyTo,
          termAnywhere,
          longest,
        });
  /** The JavaScript walk over starts [from, stop), the word context starting afresh at `from`; false when stopped. */
  const walk = (lower: string, from: number, stop: number, first: number, onMatch: OnMatch): boolean => {
    const n = lower.length;
    let wordStart = from;
    let prevWord = false;
    for (let i = from; i < stop; i++) {
      const c = lower.charCodeAt(i);
      const f = cls[c]!;
      const wasWord = prevWord;
      prevWord = (f & 1) !== 0;
      if (!wasWord) wordStart = i;
      if ((f & 6) === 0) continue;
      // Inside a word only terms flagged `anywhere` may start (or, below, Arabic terms after proclitics).
      let onlyAnywhere = false;
      if ((f & 4) !== 0 && wasWord) {
        // Arabic and Hebrew: a term may follow one or two one-letter proclitics at the start of the word.
        let ok = i - wordStart <= 2 && ((c >= 0x600 && c <= 0x6ff) || (c >= 0x5d0 && c <= 0x5ea));
        for (let k = wordStart; ok && k < i; k++) if (!PROCLITIC.has(lower.charCodeAt(k))) ok = false;
        if (!ok) {
          if ((f & 16) === 0) continue;
          onlyAnywhere = true;
        }
      }
      // Walk only where a term of some length can match: its first 1, 2, 3 or 4 chars (hashed) say so.
      if ((f & 8) === 0) {
        if (i + 1 >= n) continue;
        const c1 = lower.charCodeAt(i + 1);
        if (bigrams[bi(c, c1)] === 0) {
          if (i + 2 >= n) continue;
          const c2 = lower.charCodeAt(i + 2);
          const t3 = trigrams[tri(c, c1, c2)]!;
          if (t3 === 0) continue;
          if ((t3 & 2) === 0 && (i + 3 >= n || quads[quad(c, c1, c2, lower.charCodeAt(i + 3))] === 0))
            continue;
        }
      }
      let node = rootChild[c]!;
      let j = i + 1;
      let found = 0;
      while (node !== -1) {
        const term = termAt[node]!;
        if (term >= 0 && (!onlyAnywhere || termAnywhere[term] === 1)) {
          ends[found] = j;
          ids[found++] = term;
        }
        if (j >= n) break;
        const o = only[node]!;
        const ch = lower.charCodeAt(j);
        node = o === -1 ? branchChild(node, ch) : o === ch ? onlyTo[node]! : -1;
        j++;
      }
      if (i < first) continue;
      for (let k = found - 1; k >= 0; k--) if (onMatch(i, ends[k]!, ids[k]!) === false) return false;
    }
    return true;
  };
  const scanner: TermScanner = {
    // Without WebAssembly (node --jitless) the JavaScript walk: same matches, slower.
    scan: (lower, onMatch) =>
      wasm === null ? scanner.scanPortable(lower, onMatch) : wasm.scan(lower, onMatch),
    scanPortable(lower, onMatch) {
      walk(lower, 0, lower.length, 0, onMatch);
    },
    scanZones(lower, zones, count, onMatch) {
      if (wasm !== null) return wasm.scanZones(lower, zones, count, onMatch);
      for (let z = 0; z < count; z++) {
        const a = zones[2 * z]!;
        if (!walk(lower, Math.max(0, a - CONTEXT), zones[2 * z + 1]!, a, onMatch)) return;
      }
    },
  };
  return scanner;
}
