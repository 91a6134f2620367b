import { parseYamlFile, readYamlFile } from './load.js';
import { experimentSchema, type Experiment } from './schema.js';

export interface LoadedExperiment {
  readonly experiment: Experiment;
  readonly file: string;
  readonly baseDir: string;
}

const CODES = {
  notFound: 'BASTION_ERR_CHAOS_EXPERIMENT_NOT_FOUND',
  yaml: 'BASTION_ERR_CHAOS_EXPERIMENT_YAML',
  invalid: 'BASTION_ERR_CHAOS_EXPERIMENT_INVALID',
} as const;

/** Parses an experiment text (`${ENV}` references resolved from `env`). */
export function parseExperiment(
  text: string,
  file: string,
  env: Readonly<Record<string, string | undefined>> = {},
): Experiment {
  return parseYamlFile(text, file, experimentSchema, CODES, env);
}

/**
 * Reads and validates an experiment file; errors carry `file:line`.
 *
 * @example
 * const { experiment } = loadExperiment('experiments/upstream-429.yaml', process.env);
 */
export function loadExperiment(
  path: string,
  env: Readonly<Record<string, string | undefined>> = {},
): LoadedExperiment {
  const { file, text, baseDir } = readYamlFile(path, CODES.notFound);
  return { experiment: parseExperiment(text, path, env), file, baseDir };
}
