import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helper.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-drift-cli-'));
const old = join(dir, 'old.csv');
const next = join(dir, 'new.csv');
writeFileSync(old, 'a,b\n1,2\n3,4\n');
writeFileSync(next, 'a,c\n1,2\n3,4\n');

describe('bastion data drift', () => {
  it('fails (exit 1) when the new version dropped or added columns', () => {
    const res = runCli(['data', 'drift', old, next]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('dropped columns (only in');
    expect(runCli(['data', 'drift', old, old]).code).toBe(0);
  });

  it('refuses a --fail-above that is not a number (exit 2) instead of never failing', () => {
    const res = runCli(['data', 'drift', old, old, '--fail-above', '0,3']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--fail-above: expected a PSI such as 0.25, got "0,3"');
  });
});
