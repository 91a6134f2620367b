/**
 * Sets of rule-layer concepts as bits of TWO 32-bit words: concept c is bit c of `lo` when c < 32, else bit c - 32
 * of `hi`. One int32 was full at 32 concepts; two leave room for 64 while staying plain integer operations on the
 * rule layer's hot path (rules.ts).
 */
export interface ConceptMask {
  lo: number;
  hi: number;
}

export const MAX_CONCEPTS = 64;

/** The mask of concept indices `bits` (each 0 ≤ c < 64). */
export function maskOfIndices(bits: readonly number[]): ConceptMask {
  const m: ConceptMask = { lo: 0, hi: 0 };
  for (const c of bits) {
    if (!Number.isInteger(c) || c < 0 || c >= MAX_CONCEPTS) throw new RangeError(`concept index ${c}`);
    if (c < 32) m.lo |= 1 << c;
    else m.hi |= 1 << (c - 32);
  }
  return m;
}

/** Adds concept `c` to `m` in place. */
export function addConcept(m: ConceptMask, c: number): void {
  if (c < 32) m.lo |= 1 << c;
  else m.hi |= 1 << (c - 32);
}

/** Does `m` hold concept `c`? */
export function hasConcept(m: ConceptMask, c: number): boolean {
  return c < 32 ? ((m.lo >>> c) & 1) === 1 : ((m.hi >>> (c - 32)) & 1) === 1;
}

/** Does `m` hold every concept of `sub`? */
export function coversMask(m: ConceptMask, sub: ConceptMask): boolean {
  return (m.lo & sub.lo) === sub.lo && (m.hi & sub.hi) === sub.hi;
}
