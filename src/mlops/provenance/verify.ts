import { constantTimeEqual } from '../../core/hash.js';
import { hashFile } from './hash-file.js';
import type { Manifest } from './manifest.js';
import { walkFiles } from './walk.js';

export type MismatchKind = 'changed' | 'missing' | 'extra' | 'unreadable';

export interface Mismatch {
  path: string;
  kind: MismatchKind;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  mismatches: Mismatch[];
}

export interface VerifyOptions {
  /** Paths (relative to the folder) to leave out of the "extra" check, e.g. the manifest itself. */
  exclude?: readonly string[];
  onStart?: (totalBytes: number, files: number) => void;
  onBytes?: (n: number) => void;
  onFile?: (path: string) => void;
}

/**
 * Compares a folder with a manifest and lists every difference (not just the first), so one CI run tells the
 * operator the whole story: changed, missing, extra, wrong size, unreadable.
 */
export async function verifyFolder(
  dir: string,
  manifest: Manifest,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const walked = await walkFiles(dir, manifest.predicate.serialization.ignore_paths);
  const exclude = new Set(options.exclude ?? []);
  const present = new Map(walked.files.filter((f) => !exclude.has(f.path)).map((f) => [f.path, f]));
  const mismatches: Mismatch[] = walked.problems.map((p) => ({
    path: p.path,
    kind: 'unreadable',
    detail: p.reason,
  }));
  const expected = manifest.predicate.resources;
  options.onStart?.(
    expected.reduce((s, r) => s + (present.get(r.name)?.size ?? 0), 0),
    expected.length,
  );
  let checked = 0;
  for (const resource of expected) {
    const file = present.get(resource.name);
    present.delete(resource.name);
    if (!file) {
      mismatches.push({
        path: resource.name,
        kind: 'missing',
        detail: 'listed in the manifest but not in the folder',
      });
      continue;
    }
    checked++;
    if (file.size !== resource.size) {
      // Still counts the bytes for the progress bar, but no need to hash: the size alone proves a change.
      options.onBytes?.(file.size);
      mismatches.push({
        path: resource.name,
        kind: 'changed',
        detail: `size ${file.size} bytes, manifest says ${resource.size}`,
      });
      continue;
    }
    options.onFile?.(resource.name);
    try {
      const { digest } = await hashFile(file.absolute, options.onBytes);
      if (!constantTimeEqual(digest, resource.digest)) {
        mismatches.push({
          path: resource.name,
          kind: 'changed',
          detail: `sha256 ${digest}, manifest says ${resource.digest}`,
        });
      }
    } catch (error) {
      mismatches.push({ path: resource.name, kind: 'unreadable', detail: (error as Error).message });
    }
  }
  for (const extra of present.keys()) {
    mismatches.push({ path: extra, kind: 'extra', detail: 'in the folder but not in the manifest' });
  }
  mismatches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: mismatches.length === 0, checked, mismatches };
}
