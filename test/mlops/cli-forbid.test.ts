import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-helper.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-forbid-'));
const file = join(dir, 'people.csv');
writeFileSync(file, 'name,card,note\nAna,4111 1111 1111 1111,hi\nBo,,key AKIAIOSFODNN7EXAMPLE\n');

describe('bastion data scan --forbid', () => {
  it('refuses a kind or type it does not know (exit 2) instead of passing data it was meant to stop', () => {
    const typo = runCli(['data', 'scan', file, '--forbid', 'secrets,CREDIT-CARD']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      '"secrets" (did you mean "secret"?), "CREDIT-CARD" (did you mean "CREDIT_CARD"?)',
    );
    expect(typo.stdout).toBe('');
  });

  it('fails on the kinds, PII types and secret rule ids it knows', () => {
    const res = runCli(['data', 'scan', file, '--forbid', 'CREDIT_CARD,aws-access-key-id']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('forbidden: CREDIT_CARD');
    expect(runCli(['data', 'scan', file, '--forbid', 'PHONE_NUMBER']).code).toBe(0);
  });
});
