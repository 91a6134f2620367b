import type { IncomingMessage } from 'node:http';
import { BastionError } from '../core/errors/index.js';
import type { AuthResult, KeyAuthenticator, KeyRecord } from '../store/types.js';

/**
 * The presented secret: `Authorization: Bearer …` (OpenAI SDKs) or `x-api-key` (Anthropic SDKs).
 */
export function presentedSecret(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) {
    // Case-insensitive scheme per RFC 7235; anything else is treated as a missing key, not a guess.
    if (header.length > 7 && header.slice(0, 7).toLowerCase() === 'bearer ') return header.slice(7).trim();
    return undefined;
  }
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' && apiKey.length > 0 ? apiKey.trim() : undefined;
}

function verdict(result: AuthResult): KeyRecord {
  if (result.ok) return result.key;
  if (result.reason === 'revoked') throw new BastionError('BASTION_ERR_GATEWAY_AUTH_REVOKED');
  throw new BastionError('BASTION_ERR_GATEWAY_AUTH_INVALID');
}

/**
 * Resolves the caller's key. The store's authenticator hashes the secret and compares in constant time;
 * its cache answers synchronously on the hot path (`peek`), so most requests never await here.
 * Returns a key synchronously when cached, else a promise.
 */
export function authenticateRequest(
  req: IncomingMessage,
  auth: KeyAuthenticator,
): KeyRecord | Promise<KeyRecord> {
  const secret = presentedSecret(req);
  if (secret === undefined || secret.length === 0) throw new BastionError('BASTION_ERR_GATEWAY_AUTH_MISSING');
  const cached = auth.peek(secret);
  if (cached !== undefined) return verdict(cached);
  return auth.authenticate(secret).then(verdict);
}

/** Admin routes and the metrics endpoint accept only admin keys. */
export function requireAdmin(key: KeyRecord): void {
  if (!key.admin) throw new BastionError('BASTION_ERR_GATEWAY_ADMIN_REQUIRED');
}
