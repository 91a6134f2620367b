import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAMP_FILE } from '../../bin/build-stamp.js';

const repo = resolve(import.meta.dirname, '../..');

/**
 * A copy of the checkout's bin/, src/ and build configuration, built by the real scripts/build.js. It sits inside the
 * repo (.cache/) so that its bin/ and dist/ resolve packages from the repo's node_modules, as a checkout does.
 * The shared checkout's own dist/ may be stale at any moment (others edit src/), so the copy is what is tested.
 */
describe('bin/bastion.js runs dist/ while it matches src/, else the sources', () => {
  let root: string;
  const bastion = (env: Record<string, string> = {}): string =>
    execFileSync(process.execPath, [join(root, 'bin/bastion.js'), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, BASTION_RUNTIME: '', ...env },
    }).trim();
  const build = (...args: string[]): string =>
    execFileSync(process.execPath, [join(root, 'scripts/build.js'), '--root', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  // The copy's compiled entry, changed to report a version its sources do not: proof of which one ran.
  const markDist = (): void => {
    const main = join(root, 'dist/cli/main.js');
    const text = readFileSync(main, 'utf8');
    expect(text).toContain('"0.1.0"');
    writeFileSync(main, text.replace('"0.1.0"', '"0.1.0-from-dist"'));
  };

  beforeAll(() => {
    mkdirSync(join(repo, '.cache'), { recursive: true });
    root = mkdtempSync(join(repo, '.cache', 'test-build-'));
    cpSync(join(repo, 'bin'), join(root, 'bin'), { recursive: true });
    cpSync(join(repo, 'scripts/build.js'), join(root, 'scripts/build.js'));
    cpSync(join(repo, 'tsconfig.json'), join(root, 'tsconfig.json'));
    cpSync(join(repo, 'package.json'), join(root, 'package.json'));
    cpSync(join(repo, 'src'), join(root, 'src'), {
      recursive: true,
      filter: (src) => !src.endsWith('.test.ts'),
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the sources through tsx before any build', () => {
    expect(bastion()).toBe('0.1.0');
  });

  it('says how to build when BASTION_RUNTIME=dist finds no dist/', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/bastion.js'), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, BASTION_RUNTIME: 'dist' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('dist/ is not built');
    expect(run.stderr).toContain('npm run build');
  });

  it('builds dist/ with every module, asset and a stamp, and runs it', () => {
    build();
    for (const file of [
      'dist/cli/main.js',
      'dist/cli/commands/serve.js',
      'dist/web/static/index.html',
      'dist/redteam/attacks/curated.json',
      `dist/${STAMP_FILE}`,
    ]) {
      expect(() => readFileSync(join(root, file)), file).not.toThrow();
    }
    expect(bastion()).toBe('0.1.0');
    markDist();
    expect(bastion()).toBe('0.1.0-from-dist');
  });

  it('skips the build when dist/ is current (--if-stale)', () => {
    build('--if-stale');
    expect(bastion()).toBe('0.1.0-from-dist'); // the marked file was not rewritten
  });

  it('falls back to the sources as soon as one is edited, unless BASTION_RUNTIME=dist', () => {
    appendFileSync(join(root, 'src/cli/main.ts'), '// edited after the build\n');
    expect(bastion()).toBe('0.1.0');
    expect(bastion({ BASTION_RUNTIME: 'dist' })).toBe('0.1.0-from-dist');
  });

  it('rebuilds a stale dist/ with --if-stale and runs it again', () => {
    build('--if-stale');
    expect(readFileSync(join(root, 'dist/cli/main.js'), 'utf8')).not.toContain('from-dist');
    markDist();
    expect(bastion()).toBe('0.1.0-from-dist');
  });

  it('leaves no output of a deleted source behind', () => {
    writeFileSync(join(root, 'src/core/extra-module.ts'), 'export const extra = 1;\n');
    build();
    expect(() => readFileSync(join(root, 'dist/core/extra-module.js'))).not.toThrow();
    rmSync(join(root, 'src/core/extra-module.ts'));
    build();
    expect(() => readFileSync(join(root, 'dist/core/extra-module.js'))).toThrow();
  });
});
