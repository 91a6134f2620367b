import { DATA_CLASSES, type DataClass } from '../core/config/models-schema.js';

/**
 * Which data class a finding puts a text in. The mapping (documented in docs/guards.md):
 * - `pii` findings (emails, phones, cards, names, …) → `pii`
 * - `secret` findings (API keys, private keys, connection strings) → `confidential`
 * - everything else (injections, leaks, invisible text, …) carries no data class: it is an attack or a leak, handled
 *   by the scanner's own action, not by where the data may go.
 * A text with no findings is `public` as far as the guards can tell; `internal` is never inferred.
 */
export const DATA_CLASS_OF_KIND: Readonly<Partial<Record<string, DataClass>>> = {
  pii: 'pii',
  secret: 'confidential',
};

export function dataClassOf(kind: string): DataClass | undefined {
  return DATA_CLASS_OF_KIND[kind];
}

/** What a model may receive when no model is named (the CLI, /v1/guard/scan without `model`): a SaaS model's default. */
export const DEFAULT_ALLOWED_CLASSES: readonly DataClass[] = ['public', 'internal'];

/** The classes a request may carry to `modelClasses` under a use case that may restrict them further. */
export function allowedClasses(
  modelClasses: readonly DataClass[],
  useCaseClasses?: readonly DataClass[],
): DataClass[] {
  return DATA_CLASSES.filter(
    (c) => modelClasses.includes(c) && (useCaseClasses === undefined || useCaseClasses.includes(c)),
  );
}
