import { checkYamlStructure, parseYamlFile, readYamlFile, type UnsetVariable } from './load.js';
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

export interface ExperimentSummary {
  readonly title: string;
  readonly methodSteps: number;
  readonly rollbacks: number;
}

export interface CheckedExperiment {
  readonly summary: ExperimentSummary;
  /** Variables the experiment needs at run time that `env` does not set (empty when it could run as is). */
  readonly unset: readonly UnsetVariable[];
}

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/**
 * Checks an experiment file's structure as `chaos validate` does: `${VAR}` references need not be set (they are
 * read when the experiment runs); the ones that are not come back in `unset`. Structure errors carry `file:line`.
 */
export function checkExperiment(
  path: string,
  env: Readonly<Record<string, string | undefined>> = {},
): CheckedExperiment {
  const { text } = readYamlFile(path, CODES.notFound);
  const { data, unset, raw } = checkYamlStructure(text, path, experimentSchema, CODES, env);
  if (data) {
    return {
      summary: { title: data.title, methodSteps: data.method.length, rollbacks: data.rollbacks.length },
      unset,
    };
  }
  // The schema accepted everything but what unset variables cause, so the raw document has these shapes.
  const doc = (raw ?? {}) as Record<string, unknown>;
  return {
    summary: {
      title: typeof doc.title === 'string' ? doc.title : '',
      methodSteps: count(doc.method),
      rollbacks: count(doc.rollbacks),
    },
    unset,
  };
}
