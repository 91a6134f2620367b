import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { hashFile } from './hash-file.js';
import { DEFAULT_IGNORES, walkFiles, type WalkProblem } from './walk.js';

/**
 * The manifest is an in-toto Statement in the shape of the OpenSSF Model Signing v1.0 payload
 * (predicateType `https://model_signing/signature/v1.0`, `serialization.method = files`), with each resource's
 * byte size added so a truncated copy is named as such before any hashing.
 */
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

const HEX64 = /^[0-9a-f]{64}$/;

const resourceSchema = z
  .object({
    name: z.string().min(1),
    algorithm: z.literal('sha256'),
    digest: z.string().regex(HEX64, 'expected 64 lowercase hex characters'),
    size: z.number().int().nonnegative(),
  })
  .strict();

export const manifestSchema = z
  .object({
    _type: z.literal(STATEMENT_TYPE),
    subject: z
      .array(
        z
          .object({ name: z.string(), digest: z.object({ sha256: z.string().regex(HEX64) }).strict() })
          .strict(),
      )
      .length(1),
    predicateType: z.literal(PREDICATE_TYPE),
    predicate: z
      .object({
        serialization: z
          .object({
            method: z.literal('files'),
            hash_type: z.literal('sha256'),
            allow_symlinks: z.literal(false),
            ignore_paths: z.array(z.string()),
          })
          .strict(),
        resources: z.array(resourceSchema),
      })
      .strict(),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestResource = z.infer<typeof resourceSchema>;

/**
 * The root digest: SHA-256 over the raw 32-byte digests of the resources in path order, as OpenSSF model signing
 * computes its subject digest. Paths are bound too (length-prefixed), so renaming a file changes the root.
 */
export function rootDigest(resources: readonly ManifestResource[]): string {
  const hash = createHash('sha256');
  for (const r of resources) {
    const name = Buffer.from(r.name, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(name.length);
    hash.update(len).update(name).update(Buffer.from(r.digest, 'hex'));
  }
  return hash.digest('hex');
}

export interface BuildManifestOptions {
  ignore?: readonly string[];
  /** Called once with the total byte count, then with each chunk read. */
  onStart?: (totalBytes: number, files: number) => void;
  onBytes?: (n: number) => void;
  onFile?: (path: string) => void;
}

export interface BuildManifestResult {
  manifest: Manifest;
  problems: WalkProblem[];
}

/**
 * Hashes every file under `dir` (sorted, streamed) into a manifest. Files that cannot be read are returned as
 * problems so the caller can fail with every name at once instead of stopping at the first.
 *
 * @example
 * const { manifest, problems } = await buildManifest('./model');
 */
export async function buildManifest(
  dir: string,
  options: BuildManifestOptions = {},
): Promise<BuildManifestResult> {
  const ignore = [...(options.ignore ?? DEFAULT_IGNORES)];
  const walked = await walkFiles(dir, ignore);
  const problems = [...walked.problems];
  options.onStart?.(
    walked.files.reduce((s, f) => s + f.size, 0),
    walked.files.length,
  );
  const resources: ManifestResource[] = [];
  for (const file of walked.files) {
    options.onFile?.(file.path);
    try {
      const { digest, size } = await hashFile(file.absolute, options.onBytes);
      resources.push({ name: file.path, algorithm: 'sha256', digest, size });
    } catch (error) {
      problems.push({ path: file.path, reason: `cannot read: ${(error as Error).message}` });
    }
  }
  const manifest: Manifest = {
    _type: STATEMENT_TYPE,
    subject: [{ name: basename(resolve(dir)), digest: { sha256: rootDigest(resources) } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: ignore },
      resources,
    },
  };
  return { manifest, problems };
}

/** Canonical bytes of a manifest: the exact bytes that get written and signed. */
export function serializeManifest(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** Parses and validates a manifest, checking that its root digest matches its resources. */
export function parseManifest(text: string, source = 'manifest'): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_MANIFEST_INVALID',
      `${source}: not JSON (${(error as Error).message})`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(root)' : '(root)';
    throw new BastionError(
      'BASTION_ERR_MLOPS_MANIFEST_INVALID',
      `${source}: ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const manifest = parsed.data;
  const names = manifest.predicate.resources.map((r) => r.name);
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.some((n, i) => n !== sorted[i] || (i > 0 && n === sorted[i - 1]))) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_MANIFEST_INVALID',
      `${source}: resources are not sorted and unique`,
    );
  }
  const expected = rootDigest(manifest.predicate.resources);
  if (manifest.subject[0]?.digest.sha256 !== expected) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_MANIFEST_INVALID',
      `${source}: root digest does not match the listed resources (edited manifest?)`,
    );
  }
  return manifest;
}
