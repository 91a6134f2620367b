import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bastion-docs-eval-'));
const config = join(dir, 'bastion.yaml');
writeFileSync(config, 'store: sqlite://./bastion.db\nassistant:\n  ingestOnStart: [./team]\n');
mkdirSync(join(dir, 'team'));
writeFileSync(
  join(dir, 'team', 'oncall.md'),
  '# On-call\n\nPage the on-call engineer through the incident bridge.\n',
);
const qa = join(dir, 'qa.yaml');
writeFileSync(
  qa,
  'questions:\n  - question: How do I page the on-call engineer?\n    facts: [incident bridge]\n  - question: Who approves expense reports over 500 euros?\n    facts: [finance director]\n',
);
const docs = (...args: string[]) =>
  spawnSync(process.execPath, [join(repo, 'bin/bastion.js'), 'docs', '-c', config, ...args], {
    cwd: dir,
    encoding: 'utf8',
  });

describe('bastion docs eval --min-accuracy', { timeout: 90_000 }, () => {
  it('says why it fails (exit 5), and refuses a value that is not a share (exit 2) before running', () => {
    expect(docs('ingest').status).toBe(0);
    const below = docs('eval', qa, '--min-accuracy', '0.9');
    expect(below.status).toBe(5);
    expect(below.stderr).toContain('FAIL: accuracy 50.0% is below --min-accuracy 90.0%');
    expect(docs('eval', qa, '--min-accuracy', '0.5').status).toBe(0);
    const percent = docs('eval', qa, '--min-accuracy', '95');
    expect(percent.status).toBe(2);
    expect(percent.stderr).toContain('--min-accuracy: expected a share from 0 to 1 such as 0.9, got "95"');
    expect(percent.stdout).toBe('');
  });
});
