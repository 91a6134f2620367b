import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BastionError } from '../../core/errors/index.js';

/**
 * What went wrong with a file, in words and with the errno code users search for: "no space left on device
 * (ENOSPC)". Node's own message ("ENOSPC: no space left on device, write") leads with the code and ends with the
 * system call, which says nothing to someone whose disk is full.
 */
export function fsReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return String(message ?? error);
  const words = message
    .replace(/^E[A-Z]+: /, '')
    .replace(/, \w+(?: '[^']*')*$/, '')
    .trim();
  return `${words} (${code})`;
}

/**
 * Writes a report, journal, baseline or key the user asked for (`--html FILE`, `--journal FILE`, …), creating its
 * folder. A failed write (disk full, read-only path, a file where a folder should be) is a BastionError naming the
 * file, and a half-written file is removed: a truncated JSON report read later by CI would be worse than none.
 *
 * @example
 * writeOutputFile(opts.html, dataScanHtml(report), 'HTML report');
 */
export function writeOutputFile(path: string, content: string | Uint8Array, what: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    removePartial(path);
    throw new BastionError(
      'BASTION_ERR_FILE_UNWRITABLE',
      `cannot write the ${what} to ${path}: ${fsReason(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Only a regular file we may have half-written; never a device such as /dev/full or a folder. */
function removePartial(path: string): void {
  try {
    if (statSync(path).isFile()) rmSync(path, { force: true });
  } catch {
    // Nothing there (the folder could not be created) or not ours to remove: the error above says what failed.
  }
}
