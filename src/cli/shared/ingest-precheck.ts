import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AssistantRuntime } from '../../assistant/index.js';
import { walkSources } from '../../assistant/walk.js';

/** The index's key for a file: relative to the config's folder with '/', absolute outside it (as the ingest records it). */
function sourceKey(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/**
 * Whether every file an ingest of `paths` would read is already in the index with the same size and not modified
 * since it was ingested: then the ingest only confirms hashes (and removes deleted files), which is quick enough to
 * run on this thread. Otherwise it runs on its own thread (ingest-job.ts), where Ctrl-C can stop it, at the price of
 * loading the modules a second time (~0.5 s of CPU). Only chooses where the ingest runs: the ingest itself compares
 * SHA-256s, so a wrong guess costs time, never correctness. Anything unexpected answers false.
 *
 * @example
 * if (looksIngested(rt, ['./docs'], loaded.baseDir)) rt.ingest(['./docs']);
 */
export function looksIngested(runtime: AssistantRuntime, paths: readonly string[], root: string): boolean {
  try {
    const known = new Map(runtime.docs.listSources().map((s) => [s.path, s]));
    if (known.size === 0) return false;
    const walk = walkSources(
      paths.map((p) => resolve(root, p)),
      (abs) => known.has(sourceKey(root, abs)),
    );
    return walk.files.every((abs) => {
      const source = known.get(sourceKey(root, abs));
      const stat = statSync(abs, { throwIfNoEntry: false });
      return (
        source !== undefined &&
        stat !== undefined &&
        stat.size === source.size &&
        stat.mtimeMs <= source.ingestedAt
      );
    });
  } catch {
    return false; // a path that cannot be walked: the ingest reports it
  }
}
