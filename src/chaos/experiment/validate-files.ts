import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkPlan } from '../day/load-plan.js';
import { BastionError } from '../../core/errors/index.js';
import { checkExperiment } from './load-experiment.js';
import type { UnsetVariable } from './load.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * The files `chaos validate` checks: each file as given, each folder's `*.yaml`/`*.yml` (recursively, in name
 * order) so `chaos validate experiments/` covers a repository's experiments and plans.
 */
export function experimentFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(path);
    }
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Not there: checking it as a file reports "no such file" with the other results.
    }
    if (!isDir) {
      out.push(path);
      continue;
    }
    const before = out.length;
    walk(path);
    if (out.length === before)
      throw new BastionError(
        'BASTION_ERR_CHAOS_EXPERIMENT_NOT_FOUND',
        `${path}: no .yaml or .yml files in this folder`,
      );
  }
  return out;
}

export interface FileCheck {
  readonly kind: 'experiment' | 'plan';
  /** One line: the title and what the file holds. */
  readonly summary: string;
  readonly unset: readonly UnsetVariable[];
}

/** A Chaos Day plan lists `experiments:` and has no `method:`; anything else is checked as an experiment. */
export function looksLikePlanFile(file: string): boolean {
  try {
    const doc: unknown = parse(readFileSync(file, 'utf8'));
    return doc !== null && typeof doc === 'object' && 'experiments' in doc && !('method' in doc);
  } catch {
    return false; // the experiment check reports the YAML error with its line
  }
}

/** Checks one experiment or Chaos Day plan file's structure; unset `${VAR}` references are returned, not errors. */
export function checkFile(file: string, env: Readonly<Record<string, string | undefined>>): FileCheck {
  if (looksLikePlanFile(file)) {
    const plan = checkPlan(file, env);
    return {
      kind: 'plan',
      summary: `Chaos Day plan "${plan.title}" (${plan.experiments} experiments)`,
      unset: plan.unset,
    };
  }
  const { summary, unset } = checkExperiment(file, env);
  return {
    kind: 'experiment',
    summary: `"${summary.title}" (${summary.methodSteps} method steps, ${summary.rollbacks} rollbacks)`,
    unset,
  };
}
