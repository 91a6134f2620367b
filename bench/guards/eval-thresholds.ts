import type { Row } from './eval-data.js';

/**
 * How scripts/train-guards.ts turns dev-split scores into the heads' thresholds (pure functions, tested in
 * test/guards-eval/thresholds.test.ts).
 */

/** Per benign set, the false-positive rate each head may have on the dev split (scripts/train-guards.ts). */
export const DEV_FPR_TARGETS: readonly number[] = [0.006, 0.005, 0.006, 0.006];

/**
 * Per benign set, per head, the dev scores chooseThreshold reads: tensor-trust system prompts, each benign/* file,
 * and the benign rows of guards/* together. `rows` are benign dev rows, `scores[i]` row i's four head scores.
 */
export function benignSetScores(
  rows: readonly Row[],
  scores: readonly (readonly number[])[],
): Map<string, number[][]> {
  const kinds = new Map<string, number[][]>();
  rows.forEach((r, i) => {
    const kind =
      r.label === 'system_prompt' ? 'system_prompt' : r.file.startsWith('benign/') ? r.file : 'guards_benign';
    const lists = kinds.get(kind) ?? [[], [], [], []];
    for (let h = 0; h < 4; h++) lists[h]!.push(scores[i]![h]!);
    kinds.set(kind, lists);
  });
  return kinds;
}

/**
 * Smallest threshold keeping every benign set's dev FPR at or under the target. Sets with fewer than 300 dev rows
 * are pooled (at 3 times the target): one odd row in a set of 40 should not decide a threshold.
 */
export function chooseThreshold(sets: number[][], target: number): number {
  const big = sets.filter((l) => l.length >= 300);
  const pooled = sets.filter((l) => l.length < 300).flat();
  let t = 0.5;
  let first = true;
  const groups: [number[], number][] = [
    ...big.map((l) => [l, target] as [number[], number]),
    [pooled, target * 3],
  ];
  for (const [list, tgt] of groups) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((a, b) => b - a);
    const allowed = Math.floor(sorted.length * tgt);
    const cut = (sorted[allowed] ?? 0) + 1e-6;
    t = first ? cut : Math.max(t, cut);
    first = false;
  }
  return Math.min(0.99, Math.max(0.05, t));
}

/**
 * The jailbreak head's threshold moves to the middle of the dev gap it sits in: halfway between the highest benign
 * dev score under it and the lowest jailbreak dev score at or over it. chooseThreshold puts it just above one benign
 * row; for this head the gap is wide (0.29 to 0.63 in the 2026-11-26 retrain) and its lower edge flagged
 * documentation: the docs-ingest passages (bench/guards/passages.ts, 16,014 man-page and npm passages) had 17
 * jailbreak-head flags at 0.30-0.50 there, 3 at mid-gap (0.46), with the same dev recall. For the other heads the
 * middle of the gap changed neither dev recall nor the passages, so they keep the plain rule.
 */
export function midGap(t: number, benign: readonly number[], attacks: readonly number[]): number {
  let below = 0;
  for (const s of benign) if (s < t && s > below) below = s;
  let above = Number.POSITIVE_INFINITY;
  for (const s of attacks) if (s >= t && s < above) above = s;
  return Number.isFinite(above) ? Math.max(t, (below + above) / 2) : t;
}
