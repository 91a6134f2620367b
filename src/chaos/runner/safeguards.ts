import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Experiment } from '../experiment/schema.js';

/** Why the kill switch is engaged, or undefined. Checked before the start and on every safeguard poll. */
export function killSwitchEngaged(
  safeguards: Experiment['safeguards'],
  env: Readonly<Record<string, string | undefined>>,
  baseDir: string,
): string | undefined {
  const value = env[safeguards.killSwitch.env];
  if (value !== undefined && value !== '' && value !== '0')
    return `kill switch: ${safeguards.killSwitch.env} is set`;
  if (safeguards.killSwitch.file && existsSync(resolve(baseDir, safeguards.killSwitch.file))) {
    return `kill switch: ${safeguards.killSwitch.file} exists`;
  }
  return undefined;
}
