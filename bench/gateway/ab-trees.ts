/**
 * What the gateway A/B tools (profile-ab.ts, profile-inproc.ts) share: the two source trees they compare and the
 * esbuild settings every gateway bench bundle uses (servers.ts too), so that A, B and the benchmark's own bundle are
 * built alike.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** The gateway's own areas: what B takes from the working tree unless `--overlay` says otherwise. */
export const DEFAULT_OVERLAY = 'src/gateway src/providers src/store src/policy';

/** The guards' per-call path: what guards-ab.ts and bench/guards/per-call-ab.ts compare by default. */
export const GUARDS_OVERLAY =
  'src/guards/engine.ts src/guards/scanners src/guards/registry.ts src/guards/resolved-settings.ts ' +
  'src/guards/stream-guard.ts src/guards/canary.ts src/guards/redact.ts src/guards/spans.ts src/guards/span.ts ' +
  'src/gateway/guard-policy.ts src/gateway/guard-stages.ts src/gateway/guard-stream.ts src/policy';

export const AB_OUT_DIR = resolve('.cache/bench/gateway-ab');

export function parseOverlay(value: string | undefined): string[] {
  return (value ?? DEFAULT_OVERLAY).split(' ').filter(Boolean);
}

/** Extracts REF's tree into a temporary folder (git archive: the shared checkout and its index stay untouched). */
function extractTree(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-ab-'));
  execFileSync('sh', ['-c', `git archive ${ref} src bench models | tar -x -C ${dir}`]);
  return dir;
}

/**
 * A = BASE's tree; B = B_REF's tree when given, else BASE's tree with the working-tree copies of OVERLAY on top, so
 * another person's uncommitted work elsewhere never leaks into the comparison. Both are bundled by BUNDLE, then the
 * extracted trees are removed.
 */
export async function buildAbSides(
  options: { base: string; bRef?: string; overlay: readonly string[] },
  bundle: (root: string, name: 'a' | 'b') => Promise<string>,
): Promise<{ A: string; B: string }> {
  mkdirSync(AB_OUT_DIR, { recursive: true });
  const aRoot = extractTree(options.base);
  const bRoot = extractTree(options.bRef ?? options.base);
  try {
    if (!options.bRef) {
      for (const path of options.overlay) {
        if (!existsSync(path)) continue;
        rmSync(join(bRoot, path), { recursive: true, force: true });
        cpSync(path, join(bRoot, path), { recursive: true });
      }
    }
    return { A: await bundle(aRoot, 'a'), B: await bundle(bRoot, 'b') };
  } finally {
    rmSync(aRoot, { recursive: true, force: true });
    rmSync(bRoot, { recursive: true, force: true });
  }
}

/** One ES module for plain node 20, dependencies left external. */
export async function bundleForNode(
  input: Pick<BuildOptions, 'entryPoints' | 'stdin'>,
  outfile: string,
): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    ...input,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
