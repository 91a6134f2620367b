import { readFile, writeFile } from 'node:fs/promises';
import { posix, relative, resolve, sep } from 'node:path';
import { BastionError } from '../../core/errors/index.js';
import { parseEnvelope, signPayload, verifyEnvelope } from './envelope.js';
import { loadPrivateKey, loadPublicKey } from './keys.js';
import {
  buildManifest,
  parseManifest,
  serializeManifest,
  type BuildManifestOptions,
  type Manifest,
} from './manifest.js';
import { verifyFolder, type VerifyOptions, type VerifyResult } from './verify.js';
import { DEFAULT_IGNORES } from './walk.js';

/** Paths of `files` that sit inside `dir`, relative to it: the manifest and signature must not list themselves. */
export function insidePaths(dir: string, files: readonly string[]): string[] {
  const root = resolve(dir);
  const out: string[] = [];
  for (const f of files) {
    const rel = relative(root, resolve(f));
    if (rel && !rel.startsWith('..') && !rel.startsWith(sep)) out.push(rel.split(sep).join(posix.sep));
  }
  return out;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

export interface CreateManifestOptions extends BuildManifestOptions {
  /** Output files that may live inside `dir`; they are left out of the manifest. */
  outputs?: readonly string[];
}

/** Builds a manifest, failing with every unreadable path named when the folder cannot be fully hashed. */
export async function createManifest(dir: string, options: CreateManifestOptions = {}): Promise<Manifest> {
  const ignore = [...DEFAULT_IGNORES, ...(options.ignore ?? []), ...insidePaths(dir, options.outputs ?? [])];
  const { manifest, problems } = await buildManifest(dir, { ...options, ignore });
  if (problems.length > 0) {
    throw new BastionError(
      'BASTION_ERR_FILE_UNREADABLE',
      `cannot build a complete manifest of ${dir}:\n` +
        problems.map((p) => `  ${p.path}: ${p.reason}`).join('\n'),
      { details: { problems } },
    );
  }
  return manifest;
}

/** Signs manifest bytes with an Ed25519 key and returns the DSSE envelope as JSON text. */
export async function signManifestFile(manifestPath: string, keyPath: string): Promise<string> {
  const text = await readText(manifestPath);
  parseManifest(text, manifestPath);
  const key = await loadPrivateKey(keyPath);
  return JSON.stringify(signPayload(text, key), null, 2) + '\n';
}

export interface VerifyRequest extends VerifyOptions {
  dir: string;
  manifestPath?: string;
  signaturePath?: string;
  publicKeyPath?: string;
}

export interface VerifyReport extends VerifyResult {
  signature: 'verified' | 'not-checked';
  root: string;
}

/**
 * Verifies a folder. With a public key the signed payload is the source of truth: the manifest file (if given)
 * must be byte-identical to what was signed, so editing manifest.json after signing is caught.
 */
export async function verifyWithManifest(request: VerifyRequest): Promise<VerifyReport> {
  let manifest: Manifest;
  let signature: VerifyReport['signature'] = 'not-checked';
  if (request.publicKeyPath) {
    const sigPath =
      request.signaturePath ?? (request.manifestPath ? `${request.manifestPath}.sig` : undefined);
    if (!sigPath)
      throw new BastionError('BASTION_ERR_INPUT_INVALID', 'a signature file is needed to check a public key');
    const envelope = parseEnvelope(await readText(sigPath), sigPath);
    const payload = verifyEnvelope(envelope, await loadPublicKey(request.publicKeyPath), sigPath);
    if (request.manifestPath) {
      const onDisk = await readText(request.manifestPath);
      if (onDisk !== payload) {
        throw new BastionError(
          'BASTION_ERR_MLOPS_SIGNATURE_INVALID',
          `${request.manifestPath}: differs from the manifest signed in ${sigPath} (edited after signing)`,
        );
      }
    }
    manifest = parseManifest(payload, sigPath);
    signature = 'verified';
  } else if (request.manifestPath) {
    manifest = parseManifest(await readText(request.manifestPath), request.manifestPath);
  } else if (request.signaturePath) {
    // Without a key we can still compare files, but the result proves integrity only, not origin.
    const envelope = parseEnvelope(await readText(request.signaturePath), request.signaturePath);
    manifest = parseManifest(Buffer.from(envelope.payload, 'base64').toString('utf8'), request.signaturePath);
  } else {
    throw new BastionError('BASTION_ERR_INPUT_INVALID', 'give --manifest or --signature');
  }
  const exclude = insidePaths(
    request.dir,
    [request.manifestPath, request.signaturePath].filter((p): p is string => !!p),
  );
  if (request.manifestPath) exclude.push(...insidePaths(request.dir, [`${request.manifestPath}.sig`]));
  const result = await verifyFolder(request.dir, manifest, {
    ...request,
    exclude: [...(request.exclude ?? []), ...exclude],
  });
  return { ...result, signature, root: manifest.subject[0]?.digest.sha256 ?? '' };
}

export async function writeText(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_FILE_UNREADABLE',
      `cannot write ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export { serializeManifest };
