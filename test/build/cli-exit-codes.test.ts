import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/** Every literal exit code the CLI can end with: `process.exitCode = …` and `process.exit(…)` in src/cli. */
function codesUsed(): Map<number, string[]> {
  const found = new Map<number, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/process\.exit(?:Code\s*=|\()([^;\n]*)/g)) {
          for (const n of (m[1] ?? '').matchAll(/\b\d+\b/g)) {
            const code = Number(n[0]);
            found.set(code, [...(found.get(code) ?? []), path.slice(repo.length + 1)]);
          }
        }
      }
    }
  };
  walk(join(repo, 'src/cli'));
  return found;
}

describe('docs/cli.md exit-code table (written by scripts/gen-cli-docs.ts)', () => {
  const header = readFileSync(join(repo, 'docs/cli.md'), 'utf8').split('## Commands')[0] ?? '';
  const documented = new Set([...header.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])));

  it('names every exit code a command can end with', () => {
    const used = codesUsed();
    expect(used.size).toBeGreaterThan(3);
    for (const [code, files] of used)
      expect(documented.has(code), `${code} (${files.join(', ')})`).toBe(true);
  });

  it('says which docs command uses 3, 4 and 5, as their own --help does', () => {
    const rows = new Map([...header.matchAll(/^\| (\d+) \|[^|]*\| ([^|]*) \|$/gm)].map((m) => [m[1], m[2]]));
    expect(rows.get('3')).toContain('`docs ingest`');
    expect(rows.get('4')).toContain('`docs ask`');
    expect(rows.get('5')).toContain('`docs eval`');
  });
});
