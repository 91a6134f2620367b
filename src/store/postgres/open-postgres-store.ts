import { BastionError } from '../../core/errors/index.js';
import type { ParsedStoreUrl } from '../open-store.js';
import type { ResolvedStoreOptions } from '../sqlite/open-sqlite-store.js';
import type { Store } from '../types.js';

// Interim: the PostgreSQL implementation lands later; the signature is final.
export async function openPostgresStore(
  _location: Extract<ParsedStoreUrl, { kind: 'postgres' }>,
  _options: ResolvedStoreOptions,
): Promise<Store> {
  throw new BastionError('BASTION_ERR_STORE_UNAVAILABLE', 'the PostgreSQL store is not implemented yet');
}
