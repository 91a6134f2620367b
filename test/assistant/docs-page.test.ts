import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/assistant/walk.js';

const page = readFileSync(resolve(import.meta.dirname, '../../docs/assistant.md'), 'utf8');

describe('docs/assistant.md says what the code does', () => {
  it('lists every file extension `docs ingest` reads', () => {
    const listed = /reads `([^`]+)` files/.exec(page)?.[1]?.split(' ') ?? [];
    expect(listed.sort()).toEqual(Object.keys(FORMATS).sort());
  });

  it('gives the exit code of each docs command (ingest 3, ask 4, eval 5)', () => {
    expect(page).toMatch(/`docs ingest` exits\s+with code 3/);
    expect(page).toMatch(/`docs ask` exits with code 4/);
    expect(page).toMatch(/--min-accuracy 0\.9`\s+fails the run for CI with exit code 5/);
  });
});
