import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  STAMP_FILE,
  STAMP_FORMAT,
  buildInputs,
  chooseRuntime,
  fingerprint,
  readStamp,
} from '../../bin/build-stamp.js';

describe('chooseRuntime', () => {
  const stamp = { format: STAMP_FORMAT, fingerprint: 'abc' };
  const base = { override: undefined, stamp, hasSources: true, current: () => 'abc' };

  it('runs dist/ when its stamp matches the sources', () => {
    expect(chooseRuntime(base).run).toBe('dist');
  });

  it('runs the sources through tsx when they changed since the build', () => {
    const choice = chooseRuntime({ ...base, current: () => 'def' });
    expect(choice).toEqual({ run: 'tsx', reason: 'src/ changed since dist/ was built' });
  });

  it('runs the sources when dist/ has no stamp (never built, or a build is writing it)', () => {
    let computed = false;
    const choice = chooseRuntime({
      ...base,
      stamp: undefined,
      current: () => {
        computed = true;
        return 'abc';
      },
    });
    expect(choice.run).toBe('tsx');
    expect(computed).toBe(false); // nothing to compare with: the sources are not even stated
  });

  it('runs the sources when dist/ was built by another build format', () => {
    expect(chooseRuntime({ ...base, stamp: { format: STAMP_FORMAT + 1, fingerprint: 'abc' } }).run).toBe(
      'tsx',
    );
  });

  it('lets BASTION_RUNTIME force either side, even against the stamp', () => {
    expect(chooseRuntime({ ...base, override: 'dist', current: () => 'def' }).run).toBe('dist');
    expect(chooseRuntime({ ...base, override: 'tsx' }).run).toBe('tsx');
  });

  it('warns about an unknown BASTION_RUNTIME and runs the sources', () => {
    const choice = chooseRuntime({ ...base, override: 'bun' });
    expect(choice.run).toBe('tsx');
    expect(choice.warn).toBe(true);
    expect(choice.reason).toContain('BASTION_RUNTIME=bun');
  });

  it('runs dist/ when there are no sources to be stale against', () => {
    expect(chooseRuntime({ ...base, stamp: undefined, hasSources: false }).run).toBe('dist');
  });
});

describe('buildInputs and fingerprint', () => {
  let root: string;
  const write = (path: string, text: string): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bastion-stamp-'));
    write('src/cli/main.ts', 'export {};\n');
    write('src/cli/main.test.ts', 'export {};\n');
    write('src/web/static/app.css', 'body {}\n');
    write('tsconfig.json', '{}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the sources and assets, not tests, plus the build configuration that exists', () => {
    expect(buildInputs(root)).toEqual(['src/cli/main.ts', 'src/web/static/app.css', 'tsconfig.json']);
  });

  it('is stable while nothing changes', () => {
    expect(fingerprint(root)).toBe(fingerprint(root));
  });

  it('changes when a source is edited, even to the same size', () => {
    const before = fingerprint(root);
    write('src/cli/main.ts', 'export{} ;\n'); // as long as 'export {};\n'
    // A distinct modification time even on a file system with coarse timestamps.
    utimesSync(join(root, 'src/cli/main.ts'), new Date(), new Date(Date.now() + 5000));
    expect(fingerprint(root)).not.toBe(before);
  });

  it('changes when a source is added or deleted, or an asset is edited', () => {
    const before = fingerprint(root);
    write('src/core/new.ts', 'export const x = 1;\n');
    const added = fingerprint(root);
    expect(added).not.toBe(before);
    rmSync(join(root, 'src/core/new.ts'));
    rmSync(join(root, 'src/web/static/app.css'));
    expect(fingerprint(root)).not.toBe(before);
  });

  it('ignores edits to tests, which the build leaves out', () => {
    const before = fingerprint(root);
    write('src/cli/main.test.ts', 'export const changed = true;\n');
    expect(fingerprint(root)).toBe(before);
  });
});

describe('readStamp', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bastion-stamp-'));
    mkdirSync(join(root, 'dist'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a stamp the build wrote', () => {
    writeFileSync(
      join(root, 'dist', STAMP_FILE),
      JSON.stringify({ format: 1, fingerprint: 'f', esbuild: 'x' }),
    );
    expect(readStamp(root)).toEqual({ format: 1, fingerprint: 'f' });
  });

  it('treats a missing, truncated or malformed stamp as none', () => {
    expect(readStamp(root)).toBeUndefined();
    writeFileSync(join(root, 'dist', STAMP_FILE), '{"format": 1, "finger');
    expect(readStamp(root)).toBeUndefined();
    writeFileSync(join(root, 'dist', STAMP_FILE), JSON.stringify({ format: 1, fingerprint: 7 }));
    expect(readStamp(root)).toBeUndefined();
    writeFileSync(join(root, 'dist', STAMP_FILE), 'null');
    expect(readStamp(root)).toBeUndefined();
  });
});
