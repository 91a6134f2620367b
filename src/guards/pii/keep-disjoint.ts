/** Counts the work of `keepDisjoint` (tests assert it grows as k·log k, not k²). */
export interface WorkProbe {
  steps: number;
}

/** Below this many candidates the pairwise check is cheaper than allocating the index. */
const SMALL = 32;

/**
 * Greedy overlap resolution: walks `ranked` (best first) and keeps each span that overlaps none kept before it;
 * returns the kept spans in `ranked` order. Checking each candidate against every kept span was quadratic: a
 * text with 55,000 e-mail addresses spent 3.3 s of a 4 s scan here. Kept spans are disjoint, so a candidate
 * [s, e) overlaps one iff the last kept span starting at or before s ends after s, or a kept span starts inside
 * (s, e). Both are answered by a Fenwick tree over the candidates' distinct starts: O(k log k) time and O(k)
 * memory for k candidates, whatever the length of the text.
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
  const starts = Float64Array.from(new Set(ranked.map((m) => m.start))).sort();
  const size = starts.length;
  const tree = new Int32Array(size + 1); // kept starts per rank, 1-based
  const endAt = new Float64Array(size); // the end of the kept span starting at each rank
  let steps = 0;
  /** How many distinct starts are ≤ p. */
  const rank = (p: number): number => {
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      steps++;
      if ((starts[mid] ?? 0) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Kept starts among the first `r` ranks. */
  const count = (r: number): number => {
    let sum = 0;
    for (let j = r; j > 0; j -= j & -j) {
      sum += tree[j] ?? 0;
      steps++;
    }
    return sum;
  };
  /** The rank (0-based) of the `n`-th kept start (n ≥ 1). */
  const nth = (n: number): number => {
    let at = 0;
    let left = n;
    for (let bit = 1 << Math.floor(Math.log2(size)); bit > 0; bit >>= 1) {
      steps++;
      const next = at + bit;
      if (next <= size && (tree[next] ?? 0) < left) {
        at = next;
        left -= tree[next] ?? 0;
      }
    }
    return at;
  };
  for (const m of ranked) {
    steps++;
    const rs = rank(m.start);
    const before = count(rs);
    if (before > 0 && (endAt[nth(before)] ?? 0) > m.start) continue;
    if (count(rank(m.end - 1)) > before) continue;
    kept.push(m);
    endAt[rs - 1] = m.end;
    for (let j = rs; j <= size; j += j & -j) {
      tree[j] = (tree[j] ?? 0) + 1;
      steps++;
    }
  }
  if (probe) probe.steps += steps;
  return kept;
}
