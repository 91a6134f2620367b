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
