import { SCANNER } from './rule-lexicon.js';

/**
 * Every lexicon term found in a lower-cased text (term-scanner.ts), remembered for the last text. Two readers need
 * the same scan of the same text one after the other: the concept features of the trained heads
 * (concept-features.ts) and the rule layer (rules.ts). The scan is most of the rule layer's cost, so it runs once.
 */
export interface LexiconHits {
  /** Hit k: term `term[k]` at [start[k], end[k]); in scanner order (positions ascending, longest term first). */
  start: Int32Array;
  end: Int32Array;
  term: Int32Array;
  n: number;
}

/** An empty hit buffer (grown by pushHit). */
export function createHits(): LexiconHits {
  return { start: new Int32Array(256), end: new Int32Array(256), term: new Int32Array(256), n: 0 };
}

/** Appends a hit to `into`, growing its arrays as needed. */
export function pushHit(into: LexiconHits, start: number, end: number, term: number): void {
  const k = into.n;
  if (k === into.start.length) {
    for (const key of ['start', 'end', 'term'] as const) {
      const next = new Int32Array(2 * k);
      next.set(into[key]);
      into[key] = next;
    }
  }
  into.start[k] = start;
  into.end[k] = end;
  into.term[k] = term;
  into.n = k + 1;
}

/** The scanner's callback, writing each hit into `into`. */
function recorder(into: LexiconHits): (start: number, end: number, term: number) => void {
  return (start, end, term) => pushHit(into, start, end, term);
}

const hits = createHits();
const record = recorder(hits);
let lastLower: string | null = null;

/** The lexicon hits of `lower` (read them before the next call: the arrays are reused). */
export function scanLexicon(lower: string): LexiconHits {
  if (lower === lastLower) return hits;
  hits.n = 0;
  SCANNER.scan(lower, record);
  lastLower = lower;
  return hits;
}

/** The hits of `lower` if it is the text scanned last (no new scan), else null. */
export function scannedHits(lower: string): LexiconHits | null {
  return lower === lastLower ? hits : null;
}

const apart = createHits();
const recordApart = recorder(apart);

/**
 * The lexicon hits of `lower` in a buffer of their own, leaving scanLexicon's (and its cached text) as they are: the
 * rule layer scans some pieces of a long text itself while it still reads the whole text's hits for the others. (With
 * one buffer, the first piece it scanned replaced the whole text's hits, and every later piece read the wrong ones:
 * an attack after a word with an accent or a ’ went unseen.) Read them before the next call.
 */
export function scanLexiconApart(lower: string): LexiconHits {
  apart.n = 0;
  SCANNER.scan(lower, recordApart);
  return apart;
}

// Letters that continue a word for "~" terms. Han, kana, Hangul and Thai are written without spaces, so a
// neighbouring character of theirs does not make "ai" part of a longer word.
export const WORD_CHAR = /[\p{L}\p{N}]/u;
export const NO_SPACE_SCRIPT = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** continuesWord's answer per code unit, filled on first use (0 not yet known, 1 yes, 2 no): two regexes once per unit. */
const CONTINUES = new Uint8Array(65536);

/** Does the code unit at `i` of `lower` continue a word ("~" terms)? False outside the text. */
export function continuesWord(lower: string, i: number): boolean {
  if (i < 0 || i >= lower.length) return false;
  const c = lower.charCodeAt(i);
  let k = CONTINUES[c]!;
  if (k === 0) {
    const ch = lower[i]!;
    k = WORD_CHAR.test(ch) && !NO_SPACE_SCRIPT.test(ch) ? 1 : 2;
    CONTINUES[c] = k;
  }
  return k === 1;
}
