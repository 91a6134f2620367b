import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_AREAS, ERRORS } from './registry.js';
import { renderErrorDocs } from './render-docs.js';

describe('error registry', () => {
  it('has no code declared in two areas', () => {
    const seen = new Map<string, string>();
    for (const [area, specs] of Object.entries(ERROR_AREAS)) {
      for (const code of Object.keys(specs)) {
        expect(seen.get(code), `${code} in ${area} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, area);
      }
    }
    expect(seen.size).toBe(Object.keys(ERRORS).length);
  });

  it('names each code after its area', () => {
    for (const [area, specs] of Object.entries(ERROR_AREAS)) {
      for (const code of Object.keys(specs)) {
        if (area === 'core') continue;
        expect(code.startsWith(`BASTION_ERR_${area.toUpperCase()}_`), code).toBe(true);
      }
    }
  });

  it('uses client-error statuses only for messages safe to show', () => {
    for (const [code, spec] of Object.entries(ERRORS)) {
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
      expect(spec.status, code).toBeLessThan(600);
      if (spec.status < 500) expect(spec.expose, code).toBe(true);
    }
  });

  it('is documented: docs/error-codes.md is current', () => {
    expect(readFileSync('docs/error-codes.md', 'utf8')).toBe(renderErrorDocs());
  });
});
