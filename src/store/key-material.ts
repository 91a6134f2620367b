import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { sha256Hex } from '../core/hash.js';
import type { CreateKeyInput, KeyKind, NewKeyRow } from './types.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SECRET_PREFIX = 'bst_';
/** 32 random bytes need 43 base62 digits (62^43 > 2^256); fixed width keeps keys easy to validate. */
const BODY_LENGTH = 43;
/** CRC32 of the body in 6 base62 digits: typos and truncations are rejected without touching the store. */
const CHECKSUM_LENGTH = 6;
export const API_KEY_LENGTH = SECRET_PREFIX.length + BODY_LENGTH + CHECKSUM_LENGTH;
/** Characters of the secret shown in listings: `bst_` plus 8 of the random body (≈ 48 bits; far from enough to guess the rest). */
const DISPLAY_PREFIX_LENGTH = SECRET_PREFIX.length + 8;
const KEY_SHAPE = /^bst_[0-9A-Za-z]{49}$/;

function toBase62(value: bigint, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0n) {
    out = ALPHABET[Number(rest % 62n)] + out;
    rest /= 62n;
  }
  return out.padStart(width, '0');
}

/** Runs on every request (parseApiKey), so it stays in plain number arithmetic: a CRC32 fits a double exactly. */
function checksum(body: string): string {
  let rest = crc32(body);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

export interface ApiKeyMaterial {
  /** Public, stable identifier (`key_…` for app keys, `adm_…` for admin keys); survives rotation. */
  id: string;
  /** The secret, shown once and never stored. */
  secret: string;
  /** Display prefix of the secret, stored for listings. */
  prefix: string;
  /** SHA-256 hex of the secret, the only form that is stored. */
  hash: string;
}

/** A new key id. 16 base62 characters (88 random bits) make collisions practically impossible. */
export function generateKeyId(kind: KeyKind): string {
  return (kind === 'admin' ? 'adm_' : 'key_') + toBase62(BigInt('0x' + randomBytes(11).toString('hex')), 16);
}

/** A new secret: `bst_` + 43 base62 characters of 256 random bits + a 6-character checksum. */
export function generateSecret(): string {
  const body = toBase62(BigInt('0x' + randomBytes(32).toString('hex')), BODY_LENGTH);
  return SECRET_PREFIX + body + checksum(body);
}

/**
 * Mints key material. The caller stores `hash` and `prefix` and shows `secret` exactly once.
 *
 * @example
 * const { id, secret, hash, prefix } = generateApiKey('app');
 */
export function generateApiKey(kind: KeyKind): ApiKeyMaterial {
  const secret = generateSecret();
  return { id: generateKeyId(kind), secret, prefix: displayPrefix(secret), hash: hashApiKey(secret) };
}

/** Material for rotating an existing key: same id, fresh secret. */
export function regenerateSecret(id: string): ApiKeyMaterial {
  const secret = generateSecret();
  return { id, secret, prefix: displayPrefix(secret), hash: hashApiKey(secret) };
}

/**
 * SHA-256 of the secret. A fast hash is right here (unlike passwords): the secret has 256 bits of entropy,
 * so there is nothing to brute-force, and the gateway hashes on every request.
 */
export function hashApiKey(secret: string): string {
  return sha256Hex(secret);
}

export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

/**
 * Checks shape and checksum without touching the store, so garbage (wrong scheme, truncated paste, provider
 * keys sent by mistake, megabyte headers) is refused before any lookup or cache entry is made.
 * Returns the secret's hash when well formed, otherwise null.
 */
export function parseApiKey(secret: string): { hash: string } | null {
  if (secret.length !== API_KEY_LENGTH || !KEY_SHAPE.test(secret)) return null;
  const body = secret.slice(SECRET_PREFIX.length, SECRET_PREFIX.length + BODY_LENGTH);
  if (secret.slice(SECRET_PREFIX.length + BODY_LENGTH) !== checksum(body)) return null;
  return { hash: hashApiKey(secret) };
}

/** The row to insert for a new key and its secret (shown once), the same on every backend. */
export function newKeyRow(input: CreateKeyInput, createdAt: string): { row: NewKeyRow; secret: string } {
  const admin = input.admin ?? false;
  const material = generateApiKey(admin ? 'admin' : 'app');
  return {
    row: {
      id: material.id,
      name: input.name ?? '',
      prefix: material.prefix,
      hash: material.hash,
      useCase: input.useCase,
      admin,
      limits: input.limits ?? {},
      createdAt,
    },
    secret: material.secret,
  };
}
