import { AI_RULES } from './rules-ai.js';
import { CLOUD_RULES } from './rules-cloud.js';
import { DEV_RULES } from './rules-dev.js';
import { KEY_RULES } from './rules-keys.js';
import { SAAS_RULES } from './rules-saas.js';
import type { SecretRule } from './rule.js';

export type { SecretRule } from './rule.js';
export { shannonEntropy, isPlaceholder } from './rule.js';

/**
 * Every secret format Bastion knows, written for Bastion from the providers' published token formats.
 * Shared by the `secrets` guard scanner and the ML bundle scanner (src/mlops reuses it through findSecrets).
 */
export const SECRET_RULES: readonly SecretRule[] = Object.freeze([
  ...AI_RULES,
  ...CLOUD_RULES,
  ...DEV_RULES,
  ...SAAS_RULES,
  ...KEY_RULES,
]);
