import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs a fixture generator (python3, test time only) into a fresh temp folder and returns that folder. */
export function generateFixtures(script: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = fileURLToPath(new URL(`../fixtures/mlops/${script}`, import.meta.url));
  execFileSync('python3', [path, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  return dir;
}
