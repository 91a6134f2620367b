import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyId, parseEnvelope, signPayload, verifyEnvelope } from './envelope.js';

describe('DSSE envelopes', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  it('round-trips and names the key by its SPKI hash', () => {
    const env = signPayload('{"a":1}', privateKey);
    expect(env.signatures[0]?.keyid).toBe(keyId(publicKey));
    expect(verifyEnvelope(parseEnvelope(JSON.stringify(env)), publicKey)).toBe('{"a":1}');
  });

  it('rejects a changed payload, a changed payload type and another key', () => {
    const env = signPayload('{"a":1}', privateKey);
    expect(() =>
      verifyEnvelope({ ...env, payload: Buffer.from('{"a":2}').toString('base64') }, publicKey),
    ).toThrow(/bad signature/);
    expect(() => verifyEnvelope({ ...env, payloadType: 'text/plain' }, publicKey)).toThrow(
      /unexpected payload type/,
    );
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(() => verifyEnvelope(env, other)).toThrow(/bad signature/);
    expect(() => parseEnvelope('{"payload":"x"}')).toThrow(/not a DSSE envelope/);
  });
});
