import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { BastionError } from '../core/errors/index.js';

export const FORMATS: Readonly<Record<string, 'markdown' | 'html' | 'text' | 'pdf'>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.rst': 'text',
  '.adoc': 'text',
  '.pdf': 'pdf',
};

export function formatOf(path: string): 'markdown' | 'html' | 'text' | 'pdf' | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

export interface WalkResult {
  /** Absolute paths of supported files, sorted. */
  files: string[];
  /** Absolute folders that were walked (sources under them that no longer exist are removed). */
  folders: string[];
  /** Files named explicitly that do not exist any more (removed from the index if they were in it). */
  missing: string[];
  skipped: { path: string; reason: string }[];
}

/**
 * Lists the documents under the given absolute paths. Hidden folders (.git, .cache) and node_modules are
 * skipped; symbolic links are not followed, so a link cannot pull files from outside the folder into the index.
 */
export function walkSources(paths: readonly string[], isKnown: (path: string) => boolean): WalkResult {
  const result: WalkResult = { files: [], folders: [], missing: [], skipped: [] };
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      throw new BastionError('BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND', `${dir}: cannot read folder`, {
        cause,
      });
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') visit(path);
      } else if (entry.isFile()) {
        if (formatOf(path)) result.files.push(path);
      }
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (cause) {
      if (isKnown(path)) {
        result.missing.push(path);
        continue;
      }
      throw new BastionError('BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND', `${path}: no such file or folder`, {
        cause,
      });
    }
    if (stat.isDirectory()) {
      result.folders.push(path);
      visit(path);
    } else if (formatOf(path)) result.files.push(path);
    else
      result.skipped.push({
        path,
        reason: `unsupported file type (supported: ${Object.keys(FORMATS).join(' ')})`,
      });
  }
  result.files = [...new Set(result.files)].sort();
  return result;
}
