/**
 * The lexicon hits of one piece of a long text that the rule layer reads its own way (rules.ts matchPiece: accents
 * stripped, letters and apostrophes folded, vowel marks and the gaps of spaced-out letters squeezed out), taken from
 * the whole text's scan instead of a scan of the piece. On documents most pieces need that reading (one "’", one
 * accent or one "a = b + c" is enough), and scanning each of them again was most of the rule layer's cost.
 *
 * Exact, not an estimate: the terms the scanner reports at a start depend only on the units from CONTEXT before it to
 * LONGEST after it (term-scanner.ts). Where the piece's reading and the whole text's lower case agree on all of
 * those units, in one run without a dropped unit, the piece has exactly the whole scan's terms there. Every other
 * start — near a unit the reading changed, a dropped unit, or the piece's first units (whose context the piece does
 * not have) — is scanned again in the piece's own reading (scanZones), and the two are merged in scanner order.
 */
import { createHits, pushHit as push, type LexiconHits } from './lexicon-scan.js';
import { SCANNER, TERMS } from './rule-lexicon.js';
import { CONTEXT } from './wasm-term-scan.js';

const LONGEST = TERMS.reduce((n, t) => Math.max(n, t.length), 0);
/** A piece with more dropped units than this is scanned whole (see pieceHits). */
const MAX_DROPPED = 32;
/** Zones closer than this are scanned as one: a call per zone costs more than walking a few starts. */
const MERGE_GAP = 16;

let zones = new Int32Array(64);
let zoneCount = 0;

/** The starts whose terms unit `d` of the piece's reading can change: [d - LONGEST + 1, d + CONTEXT], merged. */
function addZone(d: number, m: number): void {
  const a = Math.max(0, d - LONGEST + 1);
  const b = Math.min(m, d + CONTEXT + 1);
  if (zoneCount > 0 && a <= zones[2 * zoneCount - 1]! + MERGE_GAP) {
    zones[2 * zoneCount - 1] = b;
    return;
  }
  if (2 * zoneCount + 2 > zones.length) {
    const next = new Int32Array(2 * zones.length);
    next.set(zones);
    zones = next;
  }
  zones[2 * zoneCount] = a;
  zones[2 * zoneCount + 1] = b;
  zoneCount++;
}

/** Units compared at a time: a slice comparison is native, a comparison per unit in JavaScript ~10x slower. */
const CHUNK = 256;

/** Adds a zone for every unit k of lower[from, to) that differs from whole[k + shift]. */
function addChanged(lower: string, from: number, to: number, whole: string, shift: number): void {
  const m = lower.length;
  for (let c = from; c < to; c += CHUNK) {
    const e = Math.min(to, c + CHUNK);
    if (lower.slice(c, e) === whole.slice(c + shift, e + shift)) continue;
    for (let k = c; k < e; k++) if (lower.charCodeAt(k) !== whole.charCodeAt(k + shift)) addZone(k, m);
  }
}

const rescanned = createHits();
const pieceHitsOut = createHits();
const onRescan = (start: number, end: number, term: number): void => push(rescanned, start, end, term);
const onOwn = (start: number, end: number, term: number): void => push(pieceHitsOut, start, end, term);

/**
 * The hits `SCANNER.scan(lower)` would report, in its order, for the reading `lower` of the piece that starts at
 * `from` in the whole text: `whole` is the whole text lower-cased (as long as the text), `wholeHits` its scan, `span`
 * the piece's length in the text, and `kept[k]` the piece offset of reading unit k (null: none dropped, unit k is
 * offset k). `sameAsWhole`: `lower` is the whole text's lower case there (no unit to compare). Valid until the next
 * call.
 */
export function pieceHits(
  lower: string,
  whole: string,
  wholeHits: LexiconHits,
  from: number,
  span: number,
  kept: Int32Array | null,
  sameAsWhole: boolean,
): LexiconHits {
  const m = lower.length;
  if (kept !== null && span - m > MAX_DROPPED) {
    // Many gaps (code: "x = a + b" is spaced-out letters to the rule layer): as many zones as the piece has runs,
    // each compared and rescanned on its own, cost several times one scan of the piece.
    const own = pieceHitsOut;
    own.n = 0;
    SCANNER.scan(lower, onOwn);
    return own;
  }
  zoneCount = 0;
  // The piece's first starts: the units before them are not the piece's.
  addZone(-1, m);
  if (kept === null) {
    if (!sameAsWhole) addChanged(lower, 0, m, whole, from);
  } else {
    // Runs of units kept side by side; the first unit after a dropped one starts a new run and is itself a change.
    let k0 = 0;
    for (let k = 1; k <= m; k++) {
      if (k < m && kept[k] === kept[k - 1]! + 1) continue;
      if (k0 > 0) addZone(k0, m);
      addChanged(lower, k0, k, whole, from + kept[k0]! - k0);
      k0 = k;
    }
  }
  rescanned.n = 0;
  SCANNER.scanZones(lower, zones, zoneCount, onRescan);

  const out = pieceHitsOut;
  out.n = 0;
  const starts = wholeHits.start;
  let h = 0;
  let hi = wholeHits.n;
  while (h < hi) {
    const mid = (h + hi) >> 1;
    if (starts[mid]! < from) h = mid + 1;
    else hi = mid;
  }
  let r = 0;
  let z = 0;
  let p = 0;
  for (; h < wholeHits.n; h++) {
    const s = starts[h]!;
    const o = s - from;
    if (o >= span) break;
    let k = o;
    if (kept !== null) {
      while (p < m && kept[p]! < o) p++;
      // A dropped unit: no start in the reading (the rescans cover the starts around it).
      if (p >= m || kept[p] !== o) continue;
      k = p;
    }
    while (z < zoneCount && zones[2 * z + 1]! <= k) z++;
    if (z < zoneCount && zones[2 * z]! <= k) continue;
    while (r < rescanned.n && rescanned.start[r]! < k) {
      push(out, rescanned.start[r]!, rescanned.end[r]!, rescanned.term[r]!);
      r++;
    }
    push(out, k, k + wholeHits.end[h]! - s, wholeHits.term[h]!);
  }
  for (; r < rescanned.n; r++) push(out, rescanned.start[r]!, rescanned.end[r]!, rescanned.term[r]!);
  return out;
}
