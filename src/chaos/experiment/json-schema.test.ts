import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderExperimentJsonSchema } from './json-schema.js';

describe('chaos-experiment.schema.json', () => {
  it('is current (regenerate with npx tsx scripts/gen-chaos-schema.ts)', () => {
    expect(readFileSync('chaos-experiment.schema.json', 'utf8')).toBe(renderExperimentJsonSchema());
  });

  it('names every action and probe', () => {
    const text = renderExperimentJsonSchema();
    for (const id of ['toxic-add', 'process-kill', 'chaos-monkey', 'fill-disk', 'audit-verify', 'prometheus'])
      expect(text).toContain(`"${id}"`);
  });
});
