import { resolve } from 'node:path';
import { BastionError, isBastionError } from '../../core/errors/index.js';
import { checkExperiment, loadExperiment, type LoadedExperiment } from '../experiment/load-experiment.js';
import { checkYamlStructure, parseYamlFile, readYamlFile, type UnsetVariable } from '../experiment/load.js';
import { planSchema, type ChaosDayPlan } from './plan-schema.js';

export interface LoadedPlan {
  readonly plan: ChaosDayPlan;
  readonly file: string;
  /** The plan's experiments, loaded and validated up front so a typo fails before the day starts. */
  readonly experiments: readonly LoadedExperiment[];
}

const CODES = {
  notFound: 'BASTION_ERR_CHAOS_PLAN_INVALID',
  yaml: 'BASTION_ERR_CHAOS_PLAN_INVALID',
  invalid: 'BASTION_ERR_CHAOS_PLAN_INVALID',
} as const;

export function loadPlan(path: string, env: Readonly<Record<string, string | undefined>> = {}): LoadedPlan {
  const { file, text, baseDir } = readYamlFile(path, CODES.notFound);
  const plan = parseYamlFile(text, path, planSchema, CODES, env);
  const problems: string[] = [];
  const unset = new Set<string>();
  let onlyUnset = true;
  const experiments: LoadedExperiment[] = [];
  for (const entry of plan.experiments) {
    try {
      experiments.push(loadExperiment(resolve(baseDir, entry.file), env));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      const details = isBastionError(error) ? error.details : undefined;
      if (details?.onlyUnset === true && Array.isArray(details.unsetVariables))
        for (const v of details.unsetVariables) unset.add(String(v));
      else onlyUnset = false;
    }
  }
  // The usual first contact with a shared plan: its experiments read deployment settings from the environment. One
  // line naming the variables beats a hundred "is not set" lines (each place stays visible with `chaos validate`).
  if (problems.length > 0 && onlyUnset) {
    throw new BastionError(
      'BASTION_ERR_CHAOS_PLAN_INVALID',
      `${path}: ${problems.length} of ${plan.experiments.length} experiments use environment variables that are not set: ` +
        `${[...unset].join(', ')} (set them, or write \${VAR:-default}; \`bastion chaos validate --require-env FILE\` shows where each is used)`,
    );
  }
  if (problems.length > 0) {
    throw new BastionError(
      'BASTION_ERR_CHAOS_PLAN_INVALID',
      `${path}: experiments do not validate:\n${problems.join('\n')}`,
    );
  }
  return { plan, file, experiments };
}

export interface CheckedPlan {
  readonly title: string;
  readonly experiments: number;
  /** Variables the plan or its experiments need at run time that `env` does not set. */
  readonly unset: readonly UnsetVariable[];
}

/**
 * Checks a plan and each experiment it lists as `chaos validate` does: structure only, unset `${VAR}` references
 * come back in `unset` instead of failing (`loadPlan` still refuses them before a day starts).
 */
export function checkPlan(path: string, env: Readonly<Record<string, string | undefined>> = {}): CheckedPlan {
  const { text, baseDir } = readYamlFile(path, CODES.notFound);
  const { data, unset, raw } = checkYamlStructure(text, path, planSchema, CODES, env);
  const listed = data
    ? data.experiments.map((e) => e.file)
    : ((raw as { experiments?: { file?: unknown }[] }).experiments ?? []).flatMap((e) =>
        typeof e.file === 'string' ? [e.file] : [],
      );
  const problems: string[] = [];
  const needs: UnsetVariable[] = [...unset];
  for (const file of listed) {
    try {
      needs.push(...checkExperiment(resolve(baseDir, file), env).unset);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) {
    throw new BastionError(
      'BASTION_ERR_CHAOS_PLAN_INVALID',
      `${path}: experiments do not validate:\n${problems.join('\n')}`,
    );
  }
  const title = data?.title ?? (raw as { title?: unknown }).title;
  return { title: typeof title === 'string' ? title : '', experiments: listed.length, unset: needs };
}
