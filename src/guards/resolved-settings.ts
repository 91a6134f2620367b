import type { GuardAction } from '../core/config/guards-schema.js';

/** One scanner's effective settings after defaults, global config and use-case override are merged. */
export interface ResolvedScannerSettings {
  enabled: boolean;
  threshold: number;
  action: GuardAction;
  failOpen: boolean;
  timeBudgetMs: number;
  options: Record<string, unknown>;
  /** The finding kinds the scanner can report (the policy needs them to judge a failure). */
  kinds: readonly string[];
}
