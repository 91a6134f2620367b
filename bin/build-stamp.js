// @ts-check
/**
 * Whether dist/ (the sources compiled by scripts/build.js) still matches src/, and so may be run instead of the
 * TypeScript sources through tsx. Plain JavaScript because it runs before anything is compiled or any loader exists.
 *
 * The stamp is a fingerprint of every build input's path, size and modification time, written by the build after
 * it read the inputs. Any edit, added or deleted file, `git checkout` or `git pull` changes it, so a developer who
 * edits src/ never runs stale compiled code: bin/bastion.js falls back to tsx until the next build. Contents are not
 * hashed: stating ~420 files costs ~6 ms, reading and hashing them several times that on every CLI start.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The stamp file, inside dist/, written last by the build. */
export const STAMP_FILE = '.build-stamp.json';

/** Bumped when the build's output layout changes, so that an older dist/ is never taken for current. */
export const STAMP_FORMAT = 1;

/** Files outside src/ that change what the build writes: its own code and the compiler options it reads. */
const BUILD_CONFIG_FILES = ['scripts/build.js', 'bin/build-stamp.js', 'tsconfig.json'];

/** True for a source file the build leaves out of dist/ (tests run from src/ through vitest). */
export function isTestFile(path) {
  return path.endsWith('.test.ts');
}

/**
 * Every build input under `root`, as sorted '/'-separated paths relative to it: src/ except tests, plus the build's
 * configuration files that exist.
 * @param {string} root
 * @returns {string[]}
 */
export function buildInputs(root) {
  const inputs = [];
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || isTestFile(entry.name)) continue;
    inputs.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  for (const file of BUILD_CONFIG_FILES) {
    if (statSync(join(root, file), { throwIfNoEntry: false })?.isFile()) inputs.push(file);
  }
  return inputs.sort();
}

/**
 * The fingerprint of the inputs as they are on disk now: path, size and modification time of each.
 * @param {string} root
 * @param {readonly string[]} [inputs]
 * @returns {string}
 */
export function fingerprint(root, inputs = buildInputs(root)) {
  const hash = createHash('sha256').update(`format ${STAMP_FORMAT}\n`);
  for (const path of inputs) {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    hash.update(`${path}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex');
}

/**
 * The stamp of `root`/dist, or undefined when there is none or it cannot be read (a build in progress removes it
 * first and writes it last).
 * @param {string} root
 * @returns {{ format: number, fingerprint: string } | undefined}
 */
export function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist', STAMP_FILE), 'utf8'));
    if (typeof stamp?.fingerprint !== 'string' || typeof stamp.format !== 'number') return undefined;
    return { format: stamp.format, fingerprint: stamp.fingerprint };
  } catch {
    return undefined; // no dist/ yet, or a build is writing it: the sources are run instead
  }
}

/**
 * Decides what bin/bastion.js runs. `BASTION_RUNTIME=dist` forces dist/ (e.g. a deployment that ships without
 * src/), `BASTION_RUNTIME=tsx` forces the sources; otherwise dist/ only when its stamp matches the sources now.
 * `current` is computed only when there is a stamp to compare it with.
 * @param {{ override: string | undefined, stamp: { format: number, fingerprint: string } | undefined, hasSources: boolean, current: () => string }} input
 * @returns {{ run: 'dist' | 'tsx', reason: string, warn?: true }}
 */
export function chooseRuntime({ override, stamp, hasSources, current }) {
  if (override === 'dist') return { run: 'dist', reason: 'BASTION_RUNTIME=dist' };
  if (override === 'tsx') return { run: 'tsx', reason: 'BASTION_RUNTIME=tsx' };
  if (override !== undefined && override !== '') {
    return {
      run: 'tsx',
      reason: `BASTION_RUNTIME=${override} is neither dist nor tsx; running the sources`,
      warn: true,
    };
  }
  if (!hasSources) return { run: 'dist', reason: 'no src/ to compare with' };
  if (!stamp) return { run: 'tsx', reason: 'dist/ is not built (npm run build)' };
  if (stamp.format !== STAMP_FORMAT)
    return { run: 'tsx', reason: 'dist/ was built by another build version' };
  if (stamp.fingerprint !== current()) return { run: 'tsx', reason: 'src/ changed since dist/ was built' };
  return { run: 'dist', reason: 'dist/ matches src/' };
}
