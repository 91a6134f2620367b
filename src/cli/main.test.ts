import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bastion.js', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });

describe('bastion usage errors', () => {
  it('exit 2 (bad input), never 1 (a check failed), so a typo in a CI flag cannot pass for a failed check', () => {
    const typo = run('audit', 'verify', '--jsn');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown option '--jsn'");
    // The error stays on screen: a hint follows it, not the command's whole help.
    expect(typo.stderr.trim().split('\n')).toEqual([
      "error: unknown option '--jsn'",
      '(Did you mean --json?)',
      '(add --help for usage)',
    ]);
    const badValue = run('redteam', 'run', '--fail-above', '5');
    expect(badValue.status).toBe(2);
    expect(badValue.stderr).toMatch(/^error: option '--fail-above <rate>' argument '5' is invalid\./);
    expect(badValue.stderr.split('\n').length).toBeLessThan(5);
    expect(run('nosuch').status).toBe(2);
    expect(run('keys', 'usage').status).toBe(2); // missing <id>
    expect(run('data', 'label-issues', 'x.csv').status).toBe(2); // missing --label-column
  });

  it('help and version still exit 0', () => {
    expect(run('--version').status).toBe(0);
    const help = run('audit', 'verify', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: bastion audit verify');
  });
});
