import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bastion.js', import.meta.url));
const list = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, 'redteam', 'list', ...args], { encoding: 'utf8' });

describe('bastion redteam list', () => {
  it('--category lists attack ids that run --attacks accepts', () => {
    const res = list('--category', 'exfiltration');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^exf-01\s+bastion\s+\S/m);
    expect(res.stdout).toMatch(/\n(\d+) exfiltration attacks\n$/);
    const json = JSON.parse(list('--category', 'exfiltration', '--json').stdout) as {
      id: string;
      category: string;
    }[];
    expect(json.length).toBeGreaterThan(0);
    expect(new Set(json.map((a) => a.category))).toEqual(new Set(['exfiltration']));
    expect(list().stdout).toContain('bastion redteam list --category CATEGORY');
  });

  it('refuses an unknown category (exit 2) and names the known ones', () => {
    const res = list('--category', 'exfil');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--category: unknown "exfil" (known: prompt_injection,');
  });
});

describe('bastion redteam run flags', () => {
  it('refuses a target that is not an http(s) URL and a sample or concurrency of 0 (exit 2) before sending anything', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, 'redteam', 'run', ...args], { encoding: 'utf8', timeout: 60_000 });
    const notUrl = run('--target', 'notaurl');
    expect(notUrl.status).toBe(2);
    expect(notUrl.stderr).toContain(
      "option '--target <url>' argument 'notaurl' is invalid. expected an http(s) URL",
    );
    expect(run('--http', 'ftp://example.org/x').status).toBe(2);
    expect(run('--target', 'http://127.0.0.1:1/v1', '--sample', '0').stderr).toContain(
      'expected a whole number of 1 or more',
    );
    expect(run('--target', 'http://127.0.0.1:1/v1', '--concurrency', '0').status).toBe(2);
  });
});
