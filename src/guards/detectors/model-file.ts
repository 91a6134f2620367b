import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BastionError } from '../../core/errors/index.js';
import { createDetectorRuntime, type DetectorScores } from './classifier.js';
import { loadWeights, type LoadedWeights } from './weights.js';
import type { NormalizedText } from '../types.js';

/** The shipped weights, trained by `npm run train:guards`. */
export const MODEL_PATH = fileURLToPath(new URL('../../../models/guards-detectors.json', import.meta.url));

let shared: { weights: LoadedWeights; run: (t: NormalizedText) => DetectorScores } | null = null;

/**
 * Loads the shipped weights once per process (at scanner creation, i.e. config load — never on the hot path)
 * and returns the shared runtime. The three scanners share it, so a text is featurised once, not three times.
 */
export function sharedDetector(): { weights: LoadedWeights; run: (t: NormalizedText) => DetectorScores } {
  if (shared !== null) return shared;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
  } catch (cause) {
    throw new BastionError('BASTION_ERR_GUARDS_MODEL', `cannot read detector weights at ${MODEL_PATH}`, {
      cause,
    });
  }
  const weights = loadWeights(json);
  shared = { weights, run: createDetectorRuntime(weights) };
  return shared;
}
