import { rng } from './matrix.js';

export interface DetectionMetrics {
  precision: number;
  recall: number;
  f1: number;
  auroc: number;
  flipped: number;
  flagged: number;
  truePositives: number;
}

/**
 * Flips `round(rate × n)` labels chosen uniformly without replacement, each to a uniformly chosen other class
 * (the noise model of the confident-learning benchmarks). Returns the noisy labels and the flipped rows.
 */
export function simulateFlips(
  labels: Int32Array,
  classes: number,
  rate: number,
  seed: number,
): { noisy: Int32Array; flipped: Set<number> } {
  const random = rng(seed);
  const noisy = Int32Array.from(labels);
  const n = labels.length;
  const count = Math.round(rate * n);
  const flipped = new Set<number>();
  while (flipped.size < count) {
    const i = Math.floor(random() * n);
    if (flipped.has(i)) continue;
    flipped.add(i);
    const shift = 1 + Math.floor(random() * (classes - 1));
    noisy[i] = ((labels[i] ?? 0) + shift) % classes;
  }
  return { noisy, flipped };
}

/** Area under the ROC curve by the rank-sum (Mann–Whitney) formula, ties counted half. */
export function auroc(scores: Float64Array, positives: ReadonlySet<number>): number {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] ?? 0] === scores[order[i] ?? 0]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (positives.has(order[k] ?? -1)) rankSum += avgRank;
    i = j + 1;
  }
  const p = positives.size;
  const q = scores.length - p;
  if (p === 0 || q === 0) return Number.NaN;
  return (rankSum - (p * (p + 1)) / 2) / (p * q);
}

export function detectionMetrics(
  flagged: ReadonlySet<number>,
  flipped: ReadonlySet<number>,
  scores: Float64Array,
): DetectionMetrics {
  let tp = 0;
  for (const i of flagged) if (flipped.has(i)) tp++;
  const precision = flagged.size > 0 ? tp / flagged.size : 0;
  const recall = flipped.size > 0 ? tp / flipped.size : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    auroc: auroc(scores, flipped),
    flipped: flipped.size,
    flagged: flagged.size,
    truePositives: tp,
  };
}
