import { createHash, sign, verify, type KeyObject, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';

/**
 * Signatures are DSSE envelopes (the format Sigstore bundles and OpenSSF model signing wrap): the signature covers
 * PAE(payloadType, payload), so a signature over a manifest cannot be replayed as a signature over other content.
 */
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const envelopeSchema = z
  .object({
    payloadType: z.string(),
    payload: z.string(),
    signatures: z.array(z.object({ keyid: z.string(), sig: z.string() }).strict()).min(1),
  })
  .strict();

export type Envelope = z.infer<typeof envelopeSchema>;

/** DSSE pre-authentication encoding. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

/** A short id of a public key: SHA-256 of its SPKI DER, so a verifier can say which key signed. */
export function keyId(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function signPayload(payload: string, privateKey: KeyObject): Envelope {
  const bytes = Buffer.from(payload, 'utf8');
  const sig = sign(null, pae(PAYLOAD_TYPE, bytes), privateKey);
  return {
    payloadType: PAYLOAD_TYPE,
    payload: bytes.toString('base64'),
    signatures: [{ keyid: keyId(privateKey), sig: sig.toString('base64') }],
  };
}

export function parseEnvelope(text: string, source = 'signature'): Envelope {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_SIGNATURE_INVALID',
      `${source}: not JSON (${(error as Error).message})`,
    );
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BastionError('BASTION_ERR_MLOPS_SIGNATURE_INVALID', `${source}: not a DSSE envelope`);
  }
  return parsed.data;
}

/** Returns the signed payload when any signature verifies under `publicKey`; throws otherwise. */
export function verifyEnvelope(envelope: Envelope, publicKey: KeyObject, source = 'signature'): string {
  if (envelope.payloadType !== PAYLOAD_TYPE) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_SIGNATURE_INVALID',
      `${source}: unexpected payload type ${envelope.payloadType}`,
    );
  }
  const payload = Buffer.from(envelope.payload, 'base64');
  const message = pae(envelope.payloadType, payload);
  const ok = envelope.signatures.some((s) => {
    try {
      return verify(null, message, publicKey, Buffer.from(s.sig, 'base64'));
    } catch {
      return false;
    }
  });
  if (!ok) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_SIGNATURE_INVALID',
      `${source}: bad signature (not made by this public key, or the payload was changed)`,
    );
  }
  return payload.toString('utf8');
}
