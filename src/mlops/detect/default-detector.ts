import type { PiiType } from '../../guards/pii/detect-pii.js';
import { guardsPiiDetector } from './guards-pii.js';
import { guardsSecretDetector } from './guards-secrets.js';
import { combineDetectors } from './secret-detector.js';
import type { TextDetector } from './types.js';

/** Personal data plus secrets, what `bastion data scan` looks for by default. */
export function defaultDataDetector(piiTypes?: readonly PiiType[]): TextDetector {
  return combineDetectors(guardsPiiDetector(piiTypes), guardsSecretDetector());
}

/** Secrets only, for `bastion secrets scan`. */
export function defaultSecretDetector(): TextDetector {
  return guardsSecretDetector();
}
