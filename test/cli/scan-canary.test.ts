import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/bastion.js');
const CANARY = 'bstcq7k2m9x4p8r3t6w5';

function scan(args: string[]) {
  return spawnSync(process.execPath, [bin, 'scan', ...args], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, BASTION_CONFIG: '' },
  });
}

describe('bastion scan --canary', () => {
  // `--canary <token...>` took the TEXT after it as a second canary, scanned the (empty) stdin and said ALLOW.
  it('keeps the TEXT after the flag as the text to scan, as docs/guards.md shows it', () => {
    const run = scan([
      '--direction',
      'output',
      '--canary',
      CANARY,
      'the code is b s t c q 7 k 2 m 9 x 4 p 8 r 3 t 6 w 5',
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^BLOCK/);
    expect(run.stdout).toContain('canary leaked');
  });

  it('takes several canaries as repeated flags', () => {
    const run = scan([
      '--direction',
      'output',
      '--canary',
      'bstcaaaaaaaaaaaaaaaa',
      '--canary',
      CANARY,
      '--json',
      `leaked: ${CANARY}`,
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ action: 'block', findings: [{ kind: 'canary_leak' }] });
  });

  it('an answer without the canary passes', () => {
    const run = scan(['--direction', 'output', '--canary', CANARY, 'The weather is fine today.']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ALLOW/);
  });
});
