import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCANNERS } from './registry.js';
import type { ScannerDefinition } from './types.js';

const here = fileURLToPath(new URL('.', import.meta.url));

function* sources(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // the folder does not exist yet (e.g. detectors before they land): nothing to register
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) yield path;
  }
}

describe('scanner registry', () => {
  it('names every file that defines a scanner', async () => {
    const files = [
      ...sources(join(here, 'scanners')),
      ...sources(join(here, 'detectors')),
      ...sources(join(here, 'pii')),
      ...sources(join(here, 'secrets')),
    ].filter((path) => /\bdefineScanner\(/.test(readFileSync(path, 'utf8')));
    expect(files.length).toBeGreaterThan(0);
    const registered = new Set<unknown>(Object.values(SCANNERS));
    for (const file of files) {
      const mod = (await import(file)) as { default?: ScannerDefinition };
      expect(mod.default, `${relative(here, file)} must default-export its scanner`).toBeDefined();
      expect(
        registered.has(mod.default),
        `${relative(here, file)} (${mod.default?.id}) is not in registry.ts`,
      ).toBe(true);
    }
  });

  it('keys every scanner by its own id, with a description and at least one direction', () => {
    for (const [key, def] of Object.entries(SCANNERS)) {
      expect(def.id).toBe(key);
      expect(def.description.length).toBeGreaterThan(10);
      expect(def.directions.length).toBeGreaterThan(0);
    }
  });

  it('compiles every scanner with its default options and scans clean text without findings', () => {
    for (const def of Object.values(SCANNERS)) {
      const scan = def.create(def.options.parse({}));
      const text = 'Please summarise the attached quarterly report in three bullet points.';
      const findings = scan(
        { original: text, text, toOriginal: (o) => o, decoded: [], hidden: [] },
        {
          direction: def.directions[0] ?? 'input',
          systemPrompt: 'You are a helpful assistant for ACME.',
          canaries: ['zq7-canary-81fd'],
        },
      ).filter((f) => f.kind !== 'refusal');
      expect(findings, def.id).toEqual([]);
    }
  });
});
