import { BastionError } from '../core/errors/index.js';
import type { KeyAuthenticator, KeyChange, KeyChangeResult } from './types.js';

/**
 * What `Store.changeKey` does around a backend's transaction, the same on SQLite and PostgreSQL: a driver error
 * becomes BASTION_ERR_STORE_WRITE (store errors such as AUDIT_WRITE or KEY_NOT_FOUND pass unchanged), and once the
 * change is committed the key cache forgets the key, so a revoked or rotated secret stops working at once here.
 */
export async function commitKeyChange(
  change: KeyChange,
  auth: KeyAuthenticator,
  transaction: () => KeyChangeResult | Promise<KeyChangeResult>,
): Promise<KeyChangeResult> {
  let result: KeyChangeResult;
  try {
    result = await transaction();
  } catch (cause) {
    if (cause instanceof BastionError) throw cause;
    throw new BastionError(
      'BASTION_ERR_STORE_WRITE',
      `keys: ${change.action} failed: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  if (change.action !== 'create') auth.invalidate(result.record.id);
  return result;
}
