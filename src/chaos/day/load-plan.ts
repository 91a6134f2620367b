import { resolve } from 'node:path';
import { BastionError, isBastionError } from '../../core/errors/index.js';
import { loadExperiment, type LoadedExperiment } from '../experiment/load-experiment.js';
import { parseYamlFile, readYamlFile } from '../experiment/load.js';
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
        `${[...unset].join(', ')} (set them, or write \${VAR:-default}; \`bastion chaos validate FILE\` shows where each is used)`,
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
