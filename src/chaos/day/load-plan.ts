import { resolve } from 'node:path';
import { BastionError } from '../../core/errors/index.js';
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
  const experiments: LoadedExperiment[] = [];
  for (const entry of plan.experiments) {
    try {
      experiments.push(loadExperiment(resolve(baseDir, entry.file), env));
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
  return { plan, file, experiments };
}
