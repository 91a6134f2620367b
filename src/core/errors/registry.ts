import { ASSISTANT_ERRORS } from './assistant.js';
import { CHAOS_ERRORS } from './chaos.js';
import { CORE_ERRORS } from './core.js';
import { GATEWAY_ERRORS } from './gateway.js';
import { GUARDS_ERRORS } from './guards.js';
import { MLOPS_ERRORS } from './mlops.js';
import { MONITOR_ERRORS } from './monitor.js';
import { POLICY_ERRORS } from './policy.js';
import { PROVIDERS_ERRORS } from './providers.js';
import { REDTEAM_ERRORS } from './redteam.js';
import { STORE_ERRORS } from './store.js';

/** Every error code Bastion can raise. docs/error-codes.md is generated from this map. */
export const ERRORS = {
  ...CORE_ERRORS,
  ...STORE_ERRORS,
  ...POLICY_ERRORS,
  ...GUARDS_ERRORS,
  ...PROVIDERS_ERRORS,
  ...MLOPS_ERRORS,
  ...CHAOS_ERRORS,
  ...REDTEAM_ERRORS,
  ...ASSISTANT_ERRORS,
  ...MONITOR_ERRORS,
  ...GATEWAY_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Per-area maps, for the uniqueness test and the docs generator. */
export const ERROR_AREAS = {
  core: CORE_ERRORS,
  store: STORE_ERRORS,
  policy: POLICY_ERRORS,
  guards: GUARDS_ERRORS,
  providers: PROVIDERS_ERRORS,
  mlops: MLOPS_ERRORS,
  chaos: CHAOS_ERRORS,
  redteam: REDTEAM_ERRORS,
  assistant: ASSISTANT_ERRORS,
  monitor: MONITOR_ERRORS,
  gateway: GATEWAY_ERRORS,
} as const;
