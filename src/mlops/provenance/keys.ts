import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { BastionError } from '../../core/errors/index.js';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh Ed25519 key pair as PKCS#8 / SPKI PEM (what openssl and sigstore tooling read). */
export function generateKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Writes `<prefix>.key` (mode 0600: only the owner may read a signing key) and `<prefix>.pub`.
 * Refuses to overwrite unless `force`: silently replacing a signing key would orphan every signature made with it.
 */
export async function writeKeyPair(
  prefix: string,
  force = false,
): Promise<{ privatePath: string; publicPath: string }> {
  const pair = generateKeyPair();
  const flag = force ? 'w' : 'wx';
  const privatePath = `${prefix}.key`;
  const publicPath = `${prefix}.pub`;
  try {
    await writeFile(privatePath, pair.privateKeyPem, { mode: 0o600, flag });
    await writeFile(publicPath, pair.publicKeyPem, { mode: 0o644, flag });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        `${privatePath} or ${publicPath} exists (use --force)`,
      );
    }
    throw new BastionError(
      'BASTION_ERR_FILE_UNREADABLE',
      `cannot write key files: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return { privatePath, publicPath };
}

async function readPem(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Reads a PEM file into an Ed25519 key with `create`, naming the file when it is not one. */
async function loadEd25519(
  path: string,
  create: (pem: string) => KeyObject,
  what: 'private' | 'public',
): Promise<KeyObject> {
  const pem = await readPem(path);
  let key: KeyObject;
  try {
    key = create(pem);
  } catch (error) {
    throw new BastionError('BASTION_ERR_MLOPS_KEY_INVALID', `${path}: not a PEM ${what} key`, {
      cause: error,
    });
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new BastionError(
      'BASTION_ERR_MLOPS_KEY_INVALID',
      `${path}: expected an Ed25519 key, got ${key.asymmetricKeyType}`,
    );
  }
  return key;
}

export function loadPrivateKey(path: string): Promise<KeyObject> {
  return loadEd25519(path, createPrivateKey, 'private');
}

/** Accepts a public key PEM, or a private key PEM (its public half is derived). */
export function loadPublicKey(path: string): Promise<KeyObject> {
  return loadEd25519(path, createPublicKey, 'public');
}
