import type { Classifier } from './logistic.js';
import { rng, shuffle, type Csr } from './matrix.js';

export type Trainer = (x: Csr, labels: Int32Array, rows: readonly number[], classes: number) => Classifier;

/** Stratified folds: each fold keeps the class balance, so a rare class is present in every training split. */
export function stratifiedFolds(labels: Int32Array, classes: number, k: number, seed: number): number[][] {
  const random = rng(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (let c = 0; c < classes; c++) {
    const members: number[] = [];
    labels.forEach((y, i) => {
      if (y === c) members.push(i);
    });
    for (const i of shuffle(members, random)) {
      (folds[next % k] as number[]).push(i);
      next++;
    }
  }
  return folds;
}

/**
 * Out-of-sample predicted probabilities: each row is scored by a model that never saw it. Confident learning is
 * only sound on these; in-sample probabilities memorise the flipped labels. `exclude` rows are held out of
 * training (suspects from a first pass) but still scored.
 */
export function crossValProbs(
  x: Csr,
  labels: Int32Array,
  classes: number,
  trainer: Trainer,
  options: { folds?: number; seed?: number; exclude?: ReadonlySet<number> } = {},
): Float64Array[] {
  const k = Math.max(2, Math.min(options.folds ?? 5, x.nRows));
  const folds = stratifiedFolds(labels, classes, k, options.seed ?? 7);
  const probs: Float64Array[] = Array.from({ length: x.nRows }, () => new Float64Array(classes));
  folds.forEach((test, f) => {
    const train = folds.flatMap((rows, g) => (g === f ? [] : rows)).filter((i) => !options.exclude?.has(i));
    const model = trainer(x, labels, train, classes);
    for (const i of test) model.predict(x, i, probs[i] as Float64Array);
  });
  return probs;
}

/** Element-wise mean of several models' probabilities (an ensemble is better calibrated than either). */
export function averageProbs(sets: readonly Float64Array[][]): Float64Array[] {
  const first = sets[0] ?? [];
  return first.map((row, i) => {
    const out = new Float64Array(row.length);
    for (const set of sets) {
      const r = set[i] as Float64Array;
      for (let c = 0; c < out.length; c++) out[c] = (out[c] ?? 0) + (r[c] ?? 0) / sets.length;
    }
    return out;
  });
}
