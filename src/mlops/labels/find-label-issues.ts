import { confidentJoint, pruneByNoiseRate, rankByJoint, suspicionScores } from './confident-learning.js';
import { averageProbs, crossValProbs, type Trainer } from './cross-val.js';
import { trainKnn } from './knn.js';
import { trainLogistic } from './logistic.js';
import type { Csr } from './matrix.js';
import { trainNaiveBayes } from './naive-bayes.js';

export const LABEL_MODELS = ['auto', 'logreg', 'nb', 'knn', 'ensemble'] as const;
export type LabelModel = (typeof LABEL_MODELS)[number];

export interface LabelIssueOptions {
  kind: 'text' | 'tabular';
  model?: LabelModel;
  folds?: number;
  seed?: number;
  /** Retrain without first-pass suspects and score again: cleaner training folds give sharper probabilities. */
  passes?: number;
  /**
   * `rank_by_joint` (default): flag the N most suspicious rows, N = off-diagonal mass of the calibrated joint.
   * `prune_by_noise_rate`: cleanlab's default per-cell margin pruning.
   */
  filter?: LabelFilter;
}

export const LABEL_FILTERS = ['rank_by_joint', 'prune_by_noise_rate'] as const;
export type LabelFilter = (typeof LABEL_FILTERS)[number];

export interface Suspect {
  /** 0-based data row (header excluded). */
  index: number;
  score: number;
  given: number;
  suggested: number;
}

export interface LabelIssueResult {
  suspects: Suspect[];
  scores: Float64Array;
  thresholds: Float64Array;
  joint: Float64Array[];
}

function trainersFor(kind: LabelIssueOptions['kind'], model: LabelModel, seed: number): Trainer[] {
  const logreg: Trainer = (x, y, rows, k) =>
    kind === 'text'
      ? trainLogistic(x, y, rows, k, { epochs: 6, learningRate: 0.5, l2: 1e-5, seed })
      : trainLogistic(x, y, rows, k, { epochs: 60, learningRate: 0.3, l2: 1e-2, seed });
  const nb: Trainer = (x, y, rows, k) => trainNaiveBayes(x, y, rows, k);
  const knn: Trainer = (x, y, rows, k) => trainKnn(x, y, rows, k, 10);
  switch (model) {
    case 'logreg':
      return [logreg];
    case 'nb':
      return [nb];
    case 'knn':
      return [knn];
    case 'ensemble':
      return kind === 'text' ? [logreg, nb] : [logreg, knn];
    case 'auto':
      // Measured on the shared datasets (10 seeds): LR+NB is best for text, LR alone for small tables.
      return kind === 'text' ? [logreg, nb] : [logreg];
  }
}

/**
 * Finds rows whose given label disagrees confidently with out-of-sample predictions.
 *
 * @example
 * const { suspects } = findLabelIssues(hashTextFeatures(texts), labels, 2, { kind: 'text' });
 */
export function findLabelIssues(
  x: Csr,
  labels: Int32Array,
  classes: number,
  options: LabelIssueOptions,
): LabelIssueResult {
  const seed = options.seed ?? 7;
  const trainers = trainersFor(options.kind, options.model ?? 'auto', seed);
  const passes = Math.max(1, options.passes ?? (options.kind === 'text' ? 2 : 3));
  let exclude = new Set<number>();
  let probs: Float64Array[] = [];
  let flagged = new Set<number>();
  let cj = confidentJoint([], labels, classes);
  for (let pass = 0; pass < passes; pass++) {
    probs = averageProbs(
      trainers.map((t) => crossValProbs(x, labels, classes, t, { folds: options.folds ?? 5, seed, exclude })),
    );
    cj = confidentJoint(probs, labels, classes);
    flagged = pruneByNoiseRate(probs, labels, classes, cj.joint);
    if ((options.filter ?? 'rank_by_joint') === 'rank_by_joint')
      flagged = rankByJoint(probs, labels, cj.joint);
    exclude = flagged;
  }
  const scores = suspicionScores(probs, labels);
  const suspects: Suspect[] = [...flagged]
    .map((index) => {
      const p = probs[index] as Float64Array;
      let suggested = 0;
      for (let c = 1; c < classes; c++) if ((p[c] ?? 0) > (p[suggested] ?? 0)) suggested = c;
      return { index, score: scores[index] ?? 0, given: labels[index] ?? 0, suggested };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return { suspects, scores, thresholds: cj.thresholds, joint: cj.joint };
}
