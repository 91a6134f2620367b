import { createSecretMatcher } from '../../guards/secrets/find-secrets.js';
import { shannonEntropy } from '../../guards/secrets/rule.js';
import { combineDetectors, createSecretDetector } from './secret-detector.js';
import type { TextDetector } from './types.js';

/**
 * Name-based generic rules also match unquoted right-hand sides, which in a JS bundle are usually code:
 * `privateKey = import_crypto5.default.createPrivateKey`, `credentials = this._getHttpCredentials`. A member-access
 * path of identifiers is not a credential (measured on playwright-core's 11 MB bundle: 5 of 5 such hits were code).
 */
const MIN_ENTROPY = 2.5;
const IDENTIFIER_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
function looksLikeCode(value: string): boolean {
  return (
    IDENTIFIER_PATH.test(value) ||
    /^(?:this|self|window|globalThis|process|import|require|await|new)\b/.test(value)
  );
}

/**
 * Bastion's guard secret rules (src/guards/secrets: 240+ provider formats with checksums and keyword prefilters),
 * plus the entropy-and-context rule for keys of providers no format knows. Overlaps keep the specific rule.
 */
export function guardsSecretDetector(): TextDetector {
  const matcher = createSecretMatcher();
  const rules: TextDetector = {
    detect: (text) =>
      matcher
        .find(text)
        .filter((m) => {
          const value = text.slice(m.start, m.end);
          // Binaries hold lookup tables like "AAAA…BBBB…CCCC" that match prefix-only formats; every real token
          // (and every rule's own example) is far above this floor.
          if (shannonEntropy(value) < MIN_ENTROPY) return false;
          return !(m.ruleId.startsWith('generic') && looksLikeCode(value));
        })
        .map((m) => ({
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
