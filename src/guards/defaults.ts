import type { GuardAction } from '../core/config/guards-schema.js';
import type { Direction } from './types.js';

export interface ScannerDefaults {
  /** Runs without being named in bastion.yaml (guards are on by default). */
  enabled: boolean;
  threshold: number;
  action: GuardAction;
}

/**
 * Every default of every scanner, in one place, per direction. A scanner missing here is off unless configured.
 * Why these actions: data-bearing findings (PII, secrets) only `flag` by themselves because the data-class rules
 * in src/policy/decide.ts escalate them when the target model may not receive them; attacks and leaks block;
 * refusals are only counted; exfiltration links are cut out of the response.
 */
export const SCANNER_DEFAULTS: Readonly<Record<Direction, Readonly<Record<string, ScannerDefaults>>>> = {
  input: {
    prompt_injection: { enabled: true, threshold: 0.5, action: 'block' },
    jailbreak: { enabled: true, threshold: 0.5, action: 'block' },
    harmful_intent: { enabled: true, threshold: 0.5, action: 'block' },
    pii: { enabled: true, threshold: 0.5, action: 'flag' },
    secrets: { enabled: true, threshold: 0.5, action: 'flag' },
    invisible_text: { enabled: true, threshold: 0.5, action: 'block' },
    limits: { enabled: true, threshold: 0.5, action: 'block' },
    custom: { enabled: false, threshold: 0.5, action: 'block' },
  },
  output: {
    pii: { enabled: true, threshold: 0.5, action: 'flag' },
    secrets: { enabled: true, threshold: 0.5, action: 'redact' },
    canary: { enabled: true, threshold: 0.5, action: 'block' },
    prompt_leak: { enabled: true, threshold: 0.5, action: 'block' },
    exfiltration: { enabled: true, threshold: 0.5, action: 'redact' },
    invisible_text: { enabled: true, threshold: 0.5, action: 'redact' },
    refusal: { enabled: true, threshold: 0.5, action: 'allow' },
    custom: { enabled: false, threshold: 0.5, action: 'block' },
  },
};

/** Settings for a scanner no default names (only reachable when configured explicitly). */
export const FALLBACK_DEFAULTS: ScannerDefaults = { enabled: false, threshold: 0.5, action: 'block' };
