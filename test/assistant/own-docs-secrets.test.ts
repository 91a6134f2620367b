import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/guards/secrets/find-secrets.js';

// `npm start` ingests Bastion's own docs/, and the ingest rejects a whole file in which the guards find a secret
// (assistant.ingest.secrets: reject). docs/guards.md showed `postgres://user:pass@…` as an example, so the
// assistant could not answer from the guards documentation at all. Examples use placeholders (`<password>`).
describe("Bastion's own docs", () => {
  it('hold no example the secrets scanner takes for a real secret', () => {
    const files = readdirSync('docs')
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`);
    expect(files.length).toBeGreaterThan(10);
    const found = [...files, 'README.md'].flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return findSecrets(text).map((m) => `${file}: ${m.ruleId} "${text.slice(m.start, m.end)}"`);
    });
    expect(found).toEqual([]);
  });
});
