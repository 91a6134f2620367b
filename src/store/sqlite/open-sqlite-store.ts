import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import type { OpenStoreOptions } from '../open-store.js';
import type { Store } from '../types.js';

export type ResolvedStoreOptions = OpenStoreOptions & { logger: Logger; clock: Clock };

// Interim: the SQLite implementation lands in the next commit; the signature is final.
export async function openSqliteStore(_path: string, _options: ResolvedStoreOptions): Promise<Store> {
  throw new BastionError('BASTION_ERR_STORE_UNAVAILABLE', 'the SQLite store is not implemented yet');
}
