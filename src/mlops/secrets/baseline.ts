import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import type { BundleFinding } from './bundle-scan.js';

/**
 * A baseline lists accepted findings by fingerprint (file + rule + secret, hashed), so CI fails only on NEW
 * secrets. The same key copied to another file is a new finding: that is a new leak.
 */
const baselineSchema = z
  .object({
    version: z.literal(1),
    findings: z.array(
      z
        .object({ fingerprint: z.string().regex(/^[0-9a-f]{32}$/), rule: z.string(), file: z.string() })
        .strip(),
    ),
  })
  .strict();

export type Baseline = z.infer<typeof baselineSchema>;

export function toBaseline(findings: readonly BundleFinding[]): Baseline {
  return {
    version: 1,
    findings: findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file })),
  };
}

export async function loadBaseline(path: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_MLOPS_BASELINE_INVALID',
      `${path}: not JSON (${(error as Error).message})`,
    );
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BastionError(
      'BASTION_ERR_MLOPS_BASELINE_INVALID',
      `${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return new Set(parsed.data.findings.map((f) => f.fingerprint));
}
