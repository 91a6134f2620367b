import { detectPii, PII_TYPES, VALIDATED_PII_TYPES, type PiiType } from '../../guards/pii/detect-pii.js';
import type { TextDetector } from './types.js';

export { PII_TYPES };

/**
 * Bastion's guard PII recognizers. By default only the validated types (checksums, structure, phone-number
 * library): name and address heuristics are useful on prompts but noisy across millions of dataset cells.
 */
export function guardsPiiDetector(types: readonly PiiType[] = VALIDATED_PII_TYPES): TextDetector {
  return {
    detect: (text) =>
      detectPii(text, { types }).map((m) => ({
        kind: 'pii' as const,
        type: m.type,
        start: m.start,
        end: m.end,
        score: m.score,
      })),
  };
}
