/**
 * Maps a head's probability to a finding score where the head's calibrated threshold (chosen on the dev split for
 * ≤ 1% false positives per benign set) lands on 0.5, the engine's default threshold. Monotonic, so a stricter or
 * looser threshold in bastion.yaml still moves along the same ROC curve.
 */
export function calibratedScore(p: number, threshold: number): number {
  if (p >= threshold) return threshold >= 1 ? 1 : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
  return threshold <= 0 ? 0 : (0.5 * p) / threshold;
}

/** The inverse of calibratedScore: the head probability a calibrated score stands for. */
export function probabilityFromScore(score: number, threshold: number): number {
  return score >= 0.5 ? threshold + 2 * (score - 0.5) * (1 - threshold) : 2 * score * threshold;
}

/** Findings below this calibrated score are not reported at all (keeps output small; thresholds below it are moot). */
export const MIN_REPORTED_SCORE = 0.3;
