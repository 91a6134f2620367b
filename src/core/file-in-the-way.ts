import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The folder on the way to `folder` that exists but is not a folder (a regular file where a folder must be), or
 * undefined. `mkdir -p` under such a path fails with EEXIST or ENOTDIR naming neither the file nor why; callers
 * turn this into an error that says which component to rename or move.
 *
 * @example
 * fileInTheWay('./data/store') // './data' when ./data is a file
 */
export function fileInTheWay(folder: string): string | undefined {
  const chain: string[] = [];
  for (let p = resolve(folder); ; p = dirname(p)) {
    chain.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of chain) {
    let isFolder: boolean;
    try {
      isFolder = statSync(p).isDirectory();
    } catch {
      return undefined; // missing (or unreadable): nothing further down can exist as a file
    }
    if (!isFolder) return p;
  }
  return undefined;
}
