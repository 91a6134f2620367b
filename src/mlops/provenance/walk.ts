import { lstat, readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

export interface WalkedFile {
  /** Path relative to the root, with `/` separators (stable across OSes, as OpenSSF model signing records it). */
  path: string;
  absolute: string;
  size: number;
}

export interface WalkProblem {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: WalkedFile[];
  problems: WalkProblem[];
}

/** Paths ignored by default: VCS metadata changes on every checkout and is not part of the artefact. */
export const DEFAULT_IGNORES = ['.git', '.hg', '.svn'] as const;

/**
 * Lists every regular file under `root`, sorted by path (byte order). Symlinks are reported as problems, not
 * followed: a link can point outside the folder and make a signed manifest cover files nobody reviewed.
 * Unreadable folders are reported and the walk goes on.
 */
export async function walkFiles(
  root: string,
  ignore: readonly string[] = DEFAULT_IGNORES,
): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const ignored = new Set(ignore.map((p) => p.replace(/\/+$/, '')));
  const visit = async (dir: string): Promise<void> => {
    let entries: string[];
    try {
      entries = await readdir(dir);
    } catch (error) {
      problems.push({
        path: toRel(root, dir) || '.',
        reason: `cannot read folder: ${(error as Error).message}`,
      });
      return;
    }
    for (const name of entries) {
      const absolute = join(dir, name);
      const rel = toRel(root, absolute);
      if (ignored.has(rel) || ignored.has(name)) continue;
      let st;
      try {
        st = await lstat(absolute);
      } catch (error) {
        problems.push({ path: rel, reason: `cannot stat: ${(error as Error).message}` });
        continue;
      }
      if (st.isSymbolicLink()) problems.push({ path: rel, reason: 'symbolic link (not followed)' });
      else if (st.isDirectory()) await visit(absolute);
      else if (st.isFile()) files.push({ path: rel, absolute, size: st.size });
      else problems.push({ path: rel, reason: 'not a regular file' });
    }
  };
  await visit(root);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

function toRel(root: string, path: string): string {
  return relative(root, path).split(sep).join(posix.sep);
}
