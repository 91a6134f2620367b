import { basicPiiDetector } from './basic-pii.js';
import { guardsSecretDetector } from './guards-secrets.js';
import { combineDetectors } from './secret-detector.js';
import type { TextDetector } from './types.js';

/** Personal data plus secrets, what `bastion data scan` looks for by default. */
export function defaultDataDetector(): TextDetector {
  return combineDetectors(basicPiiDetector, guardsSecretDetector());
}

/** Secrets only, for `bastion secrets scan`. */
export function defaultSecretDetector(): TextDetector {
  return guardsSecretDetector();
}
