import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = resolve(import.meta.dirname, '../../experiments/bastion');

describe('experiments/bastion/chaos-day.yaml header comment', () => {
  it('names every environment variable the experiments need, and says --runbook-only needs them too', () => {
    const needed = new Set<string>();
    for (const file of readdirSync(folder).filter((f) => /^\d\d-.*\.yaml$/.test(f))) {
      // ${VAR:-default} has a fallback; only bare ${VAR} must be set.
      for (const m of readFileSync(join(folder, file), 'utf8').matchAll(/\$\{([A-Z_]+)\}/g))
        needed.add(m[1] as string);
    }
    expect(needed.size).toBeGreaterThan(3);
    const comment = readFileSync(join(folder, 'chaos-day.yaml'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n');
    for (const name of needed) expect(comment, name).toMatch(new RegExp(`\\b${name}\\b`));
    expect(comment).toMatch(/even for `--runbook-only`/);
    expect(comment).not.toMatch(/--runbook-only`\s*#?\s*prints the runbook/);
  });
});
