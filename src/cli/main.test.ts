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
