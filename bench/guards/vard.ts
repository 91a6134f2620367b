import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The slice of vard's API the benchmark uses (https://github.com/andersmyrmel/vard, MIT). */
export interface VardLike {
  safeParse(input: string): { safe: true; data: string } | { safe: false; threats: unknown[] };
}
interface VardModule {
  default: { moderate(): { maxLength(n: number): VardLike } };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const prefix = join(repoRoot, '.cache/bench/vard');

/**
 * Installs vard into .cache/bench/vard (never a project dependency) on first use, then loads it.
 * Returns undefined (and says why) when the registry cannot be reached, so the rest of the benchmark still runs.
 */
export async function loadVard(): Promise<{ vard: VardLike; version: string } | undefined> {
  const pkgDir = join(prefix, 'node_modules/@andersmyrmel/vard');
  if (!existsSync(pkgDir)) {
    mkdirSync(prefix, { recursive: true });
    try {
      execFileSync(
        'npm',
        ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '@andersmyrmel/vard@1.2.0'],
        { stdio: 'ignore', timeout: 120_000 },
      );
    } catch {
      process.stderr.write('vard could not be installed (no registry?): skipping the side-by-side columns\n');
      return undefined;
    }
  }
  const mod = (await import(pathToFileURL(join(pkgDir, 'dist/index.js')).href)) as VardModule;
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  return { vard: mod.default.moderate().maxLength(4_000_000), version };
}
