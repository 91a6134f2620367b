import { describe, expect, it } from 'vitest';
import { API_KEY_LENGTH, generateApiKey, hashApiKey, parseApiKey, regenerateSecret } from './key-material.js';

describe('key material', () => {
  it('mints a bst_ secret of fixed length whose hash and prefix match', () => {
    const key = generateApiKey('app');
    expect(key.secret).toMatch(/^bst_[0-9A-Za-z]{49}$/);
    expect(key.secret).toHaveLength(API_KEY_LENGTH);
    expect(key.id).toMatch(/^key_[0-9A-Za-z]{16}$/);
    expect(key.hash).toBe(hashApiKey(key.secret));
    expect(key.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    expect(key.prefix.length).toBeLessThan(16);
  });

  it('marks admin ids and never repeats a secret', () => {
    expect(generateApiKey('admin').id).toMatch(/^adm_/);
    const secrets = new Set(Array.from({ length: 500 }, () => generateApiKey('app').secret));
    expect(secrets.size).toBe(500);
  });

  it('accepts its own keys and returns the hash', () => {
    const key = generateApiKey('app');
    expect(parseApiKey(key.secret)).toEqual({ hash: key.hash });
  });

  it('rotation keeps the id and changes the secret', () => {
    const key = generateApiKey('app');
    const rotated = regenerateSecret(key.id);
    expect(rotated.id).toBe(key.id);
    expect(rotated.secret).not.toBe(key.secret);
    expect(parseApiKey(rotated.secret)).not.toBeNull();
  });

  it('keeps the key format stable: a key minted by an earlier build still parses', () => {
    // Minted on 2026-11-25; if this fails, existing deployments' keys would stop working.
    const minted = 'bst_XtDDAXVzJO5atVybHjRJV1zQez8D0POp4jglvxWGKjG1rVupr';
    expect(parseApiKey(minted)).toEqual({ hash: hashApiKey(minted) });
  });

  it('rejects malformed input before any lookup', () => {
    const { secret } = generateApiKey('app');
    const flipped = secret.slice(0, 10) + (secret[10] === 'a' ? 'b' : 'a') + secret.slice(11);
    for (const bad of [
      '',
      'bst_',
      secret.slice(0, -1),
      secret + 'x',
      flipped, // one typo: the checksum catches it
      'sk-' + secret.slice(3),
      secret.replace('bst_', 'BST_'),
      secret.slice(0, 20) + '-' + secret.slice(21),
      'bst_' + 'é'.repeat(49),
      'x'.repeat(1_000_000),
    ]) {
      expect(parseApiKey(bad)).toBeNull();
    }
  });
});
