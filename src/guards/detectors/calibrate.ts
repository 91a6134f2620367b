/**
 * Maps a head's probability to a finding score where the head's calibrated threshold (chosen on the dev split for
 * ≤ 1% false positives per benign set) lands on 0.5, the engine's default threshold. Monotonic, so a stricter or
 * looser threshold in bastion.yaml still moves along the same ROC curve.
 */
export function calibratedScore(p: number, threshold: number): number {
  if (p >= threshold) return threshold >= 1 ? 1 : 0.5 + (0.5 * (p - threshold)) / (1 - threshold);
  return threshold <= 0 ? 0 : (0.5 * p) / threshold;
}

/** Findings below this calibrated score are not reported at all (keeps output small; thresholds below it are moot). */
export const MIN_REPORTED_SCORE = 0.3;
