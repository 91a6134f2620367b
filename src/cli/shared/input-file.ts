import { readFileSync } from 'node:fs';
import { BastionError } from '../../core/errors/index.js';
import { fsReason } from './output-file.js';

/**
 * A text file named by a flag (`--system-prompt FILE`, `--notes FILE`), read before any work starts: a typo must
 * not cost a run of a thousand probes, and must not surface as "unexpected error: ENOENT".
 *
 * @example
 * const notes = opts.notes ? readFlagFile('--notes', opts.notes) : undefined;
 */
export function readFlagFile(flag: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${flag} ${path}: ${fsReason(error)}`, {
      cause: error,
    });
  }
}
