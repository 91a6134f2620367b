import harmfulIntent from './detectors/harmful-intent.js';
import jailbreak from './detectors/jailbreak.js';
import promptInjection from './detectors/prompt-injection.js';
import canary from './scanners/canary.js';
import custom from './scanners/custom.js';
import exfiltration from './scanners/exfiltration.js';
import invisibleText from './scanners/invisible-text.js';
import limits from './scanners/limits.js';
import pii from './scanners/pii.js';
import promptLeak from './scanners/prompt-leak.js';
import refusal from './scanners/refusal.js';
import secrets from './scanners/secrets.js';
import type { ScannerDefinition } from './types.js';

export type ScannerRegistry = Readonly<Record<string, ScannerDefinition>>;

/**
 * Every scanner Bastion has, by id: an explicit import map (no directory scanning at run time, no side-effect
 * registration). registry.test.ts fails when a scanner file exists that this map does not name.
 */
export const SCANNERS: ScannerRegistry = {
  [promptInjection.id]: promptInjection,
  [jailbreak.id]: jailbreak,
  [harmfulIntent.id]: harmfulIntent,
  [pii.id]: pii,
  [secrets.id]: secrets,
  [invisibleText.id]: invisibleText,
  [limits.id]: limits,
  [custom.id]: custom,
  [canary.id]: canary,
  [promptLeak.id]: promptLeak,
  [exfiltration.id]: exfiltration,
  [refusal.id]: refusal,
};
