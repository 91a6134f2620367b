import { basicPiiDetector } from './basic-pii.js';
import { combineDetectors, createSecretDetector } from './secret-detector.js';
import type { TextDetector } from './types.js';

/** Personal data plus secrets, what `bastion data scan` looks for by default. */
export function defaultDataDetector(): TextDetector {
  return combineDetectors(basicPiiDetector, createSecretDetector());
}
