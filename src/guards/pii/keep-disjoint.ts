/** Counts the work of `keepDisjoint` (tests assert it grows as k·log n, not k²). */
export interface WorkProbe {
  steps: number;
}

/** Below this many candidates the pairwise check is cheaper than allocating the index. */
const SMALL = 32;

/**
 * Greedy overlap resolution: walks `ranked` (best first) and keeps each span that overlaps none kept before it;
 * returns the kept spans in `ranked` order. Checking each candidate against every kept span was quadratic: a
 * text with 55,000 e-mail addresses spent 3.3 s of a 4 s scan here. Kept spans are disjoint, so a candidate
 * [s, e) overlaps one iff s lies inside a kept span (a per-unit mark; the marks total at most the text length)
 * or a kept span starts inside (s, e) (a Fenwick tree of kept starts): O(k log n + n) for k spans over n units.
 *
 * @example
 * keepDisjoint([{ start: 0, end: 5 }, { start: 3, end: 8 }, { start: 6, end: 9 }]); // the first and the third
 */
export function keepDisjoint<T extends { start: number; end: number }>(
  ranked: readonly T[],
  probe?: WorkProbe,
): T[] {
  const kept: T[] = [];
  // An empty span inside a kept one counts as overlapping it in the pairwise check; rare enough to keep that path.
  if (ranked.length <= SMALL || ranked.some((m) => m.end <= m.start)) {
    for (const m of ranked) {
      if (probe) probe.steps += kept.length + 1;
      if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    }
    return kept;
  }
  let lo = Infinity;
  let hi = 0;
  for (const m of ranked) {
    if (m.start < lo) lo = m.start;
    if (m.end > hi) hi = m.end;
  }
  const size = Math.max(0, hi - lo);
  const covered = new Uint8Array(size + 1);
  const tree = new Int32Array(size + 1); // Fenwick tree over kept starts (1-based)
  let steps = 0;
  const startsUpTo = (i: number): number => {
    let sum = 0;
    for (let j = i + 1; j > 0; j -= j & -j) {
      sum += tree[j] ?? 0;
      steps++;
    }
    return sum;
  };
  for (const m of ranked) {
    steps++;
    const s = m.start - lo;
    const e = m.end - lo;
    if (covered[s] === 1 || startsUpTo(e - 1) - startsUpTo(s) > 0) continue;
    kept.push(m);
    covered.fill(1, s, e);
    steps += e - s;
    for (let j = s + 1; j <= size; j += j & -j) {
      tree[j] = (tree[j] ?? 0) + 1;
      steps++;
    }
  }
  if (probe) probe.steps += steps;
  return kept;
}
