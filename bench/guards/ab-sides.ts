/**
 * The two trees the guard and ingest A/B tools compare (ab.ts, bench/assistant/index-digest.ts): A = a committed
 * tree, B = that tree with the working-tree copies of OVERLAY on top (default: the guard engine's files without
 * src/guards/detectors, src/assistant and src/store/docs-*), so another helper's uncommitted detector or model work
 * never reaches either side. Trees live under .cache/ so that bundles resolve packages from node_modules.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from '../gateway/ab-trees.js';

export const REPO = resolve(import.meta.dirname, '../..');

/** Everything under src/guards except the detectors (another helper's area), plus the ingest code. */
export function defaultOverlay(): string[] {
  const guards = readdirSync(join(REPO, 'src/guards'))
    .filter((f) => f !== 'detectors')
    .map((f) => `src/guards/${f}`);
  const store = readdirSync(join(REPO, 'src/store'))
    .filter((f) => f.startsWith('docs-'))
    .map((f) => `src/store/${f}`);
  return [...guards, 'src/assistant', ...store];
}

/**
 * Extracts REF's tree (git archive: the shared checkout and its index are not touched) into .cache/bench/NAME,
 * overlays the working copies of `overlay` when given, and bundles `exportsFrom` (lines of `export … from './src/…'`)
 * three folders deep, where src/guards/detectors/model-file.ts finds ../../../models. Returns the loaded module.
 */
export async function loadSide<T>(
  ref: string,
  name: string,
  exportsFrom: readonly string[],
  overlay?: readonly string[],
  options: { bundle?: boolean } = {},
): Promise<T> {
  // AB_SIDE_TAG keeps two helpers' runs of the same tool at the same time from extracting into one folder.
  const tag = process.env.AB_SIDE_TAG;
  const root = join(REPO, '.cache/bench', tag ? `${name}-${tag}` : name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${ref} src models | tar -x -C ${root}`], { cwd: REPO });
  for (const path of overlay ?? []) {
    rmSync(join(root, path), { recursive: true, force: true });
    if (existsSync(join(REPO, path))) cpSync(join(REPO, path), join(root, path), { recursive: true });
  }
  const lines = exportsFrom.filter((line) => {
    const m = /from '\.\/(src\/[^']+)\.js'/.exec(line);
    return m !== null && existsSync(join(root, `${m[1]}.ts`));
  });
  if (options.bundle === false) {
    // The tree's sources themselves (this process runs under tsx): needed where a module starts worker threads
    // from its own file, which a bundle does not have next to it.
    const merged: Record<string, unknown> = {};
    for (const line of lines) {
      const m = /from '\.\/(src\/[^']+)\.js'/.exec(line)!;
      Object.assign(merged, await import(pathToFileURL(join(root, `${m[1]}.ts`)).href));
    }
    return merged as T;
  }
  const file = await bundleForNode(
    { stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' } },
    join(root, 'src/guards/detectors/ab-bundle.mjs'),
  );
  return (await import(pathToFileURL(file).href)) as T;
}

/** Both sides of a tool: A = `ref`'s tree, B = it plus the working copies of `overlay` (NAME/a and NAME/b). */
export async function loadSides<T>(
  ref: string,
  name: string,
  exportsFrom: readonly string[],
  overlay: readonly string[],
): Promise<[T, T]> {
  return [
    await loadSide<T>(ref, `${name}/a`, exportsFrom),
    await loadSide<T>(ref, `${name}/b`, exportsFrom, overlay),
  ];
}

/** A scanner of a side's registry with its default options (the A/B tools time the PII and secrets scanners). */
export function defaultScanner<S>(
  scanners: Record<string, { create(opts: never): S; options: { parse(o: unknown): unknown } }>,
  id: string,
): S {
  const def = scanners[id]!;
  return def.create(def.options.parse({}) as never);
}

/** CPU time (user + system) of this process so far, microseconds. */
export function cpuNowUs(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}

/**
 * One warm-up call of each side, then `rounds` ABBA rounds (each side first in half of them) of the timings `a` and
 * `b` return: their medians and in how many rounds B took less.
 */
export function abba(
  rounds: number,
  a: () => number,
  b: () => number,
): { a: number; b: number; wins: number } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      as.push(a());
      bs.push(b());
    } else {
      bs.push(b());
      as.push(a());
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { a: median(as), b: median(bs), wins: as.filter((x, i) => bs[i]! < x).length };
}
