// @ts-check
/**
 * `npm run build`: compiles src/ to dist/ file by file with esbuild (types stripped, nothing bundled), copies the
 * non-TypeScript files beside them and writes the build stamp bin/bastion.js compares with the sources.
 *
 * File by file, not one bundle: dist/ mirrors src/ at the same depth, so every path a module resolves from its own
 * import.meta.url stays right — `../../../models/…`, `../../../bastion.yaml`, `../../../bin/bastion.js` reach the repo
 * root from dist/ as from src/, and `./static/…` or `./curated.json` reach the copies made here. Lazy
 * `import('./x.js')` keep loading only the command being run.
 *
 * Plain JavaScript so that plain node runs it before anything is compiled (npm start calls it on every start).
 * Usage: node scripts/build.js [--if-stale] [--root DIR]
 *   --if-stale  do nothing when dist/ already matches the sources (costs ~6 ms)
 *   --root DIR  build DIR/src into DIR/dist (the tests build a copy of the sources)
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, STAMP_FORMAT, buildInputs, fingerprint, readStamp } from '../bin/build-stamp.js';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = resolve(
  rootIndex >= 0 ? (args[rootIndex + 1] ?? '') : fileURLToPath(new URL('..', import.meta.url)),
);
const started = performance.now();

// Stated before anything is read: a file edited while the build runs leaves the stamp behind, so that edit is seen
// as a change (bin/bastion.js runs the sources) rather than lost.
const inputs = buildInputs(root);
const stamp = { format: STAMP_FORMAT, fingerprint: fingerprint(root, inputs) };

const previous = readStamp(root);
if (
  args.includes('--if-stale') &&
  previous?.format === stamp.format &&
  previous.fingerprint === stamp.fingerprint
) {
  process.exit(0);
}
// Loaded only now: the check above is all an up-to-date `npm start` pays for.
const { build, version: esbuildVersion } = await import('esbuild');

const sources = inputs.filter((path) => path.startsWith('src/'));
const modules = sources.filter((path) => path.endsWith('.ts'));
const assets = sources.filter((path) => !path.endsWith('.ts'));

// Built aside and swapped in whole, so no one runs a half-written dist/ (its stamp is written before the swap, and
// a dist/ without a stamp is never run) and files of deleted sources do not linger.
const cache = join(root, '.cache');
const staging = join(cache, `build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    entryPoints: modules.map((path) => join(root, path)),
    outbase: join(root, 'src'),
    outdir: staging,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    bundle: false,
    // Linked maps without the sources' text: `node --enable-source-maps` then points stack traces at src/.
    sourcemap: 'linked',
    sourcesContent: false,
    ...(existsSync(join(root, 'tsconfig.json')) ? { tsconfig: join(root, 'tsconfig.json') } : {}),
    logLevel: 'error',
  });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`bastion: build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
for (const path of assets) {
  const target = join(staging, path.slice('src/'.length));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(root, path), target);
}
writeFileSync(
  join(staging, STAMP_FILE),
  JSON.stringify({ ...stamp, esbuild: esbuildVersion }, null, 2) + '\n',
);

const dist = join(root, 'dist');
const retired = join(cache, `build-old-${process.pid}`);
try {
  renameSync(dist, retired);
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
}
try {
  renameSync(staging, dist);
} catch (error) {
  // Another build swapped its dist/ in between our two renames: it built the same sources or newer ones.
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  rmSync(staging, { recursive: true, force: true });
}
rmSync(retired, { recursive: true, force: true });

const ms = performance.now() - started;
process.stderr.write(
  `bastion: built dist/ (${modules.length} modules, ${assets.length} other files) in ${ms.toFixed(0)} ms\n`,
);
