import { createSecretMatcher } from '../../guards/secrets/find-secrets.js';
import { combineDetectors, createSecretDetector } from './secret-detector.js';
import type { TextDetector } from './types.js';

/**
 * Bastion's guard secret rules (src/guards/secrets: 240+ provider formats with checksums and keyword prefilters),
 * plus the entropy-and-context rule for keys of providers no format knows. Overlaps keep the specific rule.
 */
export function guardsSecretDetector(): TextDetector {
  const matcher = createSecretMatcher();
  const rules: TextDetector = {
    detect: (text) =>
      matcher.find(text).map((m) => ({
        kind: 'secret' as const,
        type: m.ruleId,
        start: m.start,
        end: m.end,
        score: m.score,
      })),
  };
  return combineDetectors(rules, createSecretDetector([], true));
}

/** How many formats the guards know (reported by the CLI and the docs). */
export function guardsSecretRuleCount(): number {
  return createSecretMatcher().ruleCount;
}
