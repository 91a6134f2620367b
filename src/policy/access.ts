import type { BastionConfig, LimitsConfig, ModelConfig, UseCaseConfig } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';
import type { KeyRecord } from '../store/types.js';

/** What a key may do, resolved once per request from the key record and the frozen config. */
export interface Access {
  useCaseId: string;
  useCase: UseCaseConfig;
}

/**
 * The use case a key is scoped to. Admin keys manage keys; they are not scoped to models, so they
 * cannot call them (least privilege: a leaked admin key must not also spend the model budget).
 *
 * @example
 * const { useCase } = resolveAccess(config, key);
 */
export function resolveAccess(config: BastionConfig, key: KeyRecord): Access {
  const id = key.useCase;
  const useCase = id === null ? undefined : config.useCases[id];
  if (id === null || useCase === undefined) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_NO_USE_CASE',
      key.admin
        ? 'Admin keys manage keys and cannot call models; create an app key with `bastion keys create --use-case ID`'
        : `This key is scoped to use case "${id}", which is not in the configuration`,
    );
  }
  return { useCaseId: id, useCase };
}

export type ModelKind = ModelConfig['kind'];

/**
 * Checks that `model` exists, serves `kind`, and is among the use case's models.
 * Unknown model: 404 like OpenAI's `model_not_found`; known but not allowed: 403.
 */
export function checkModelAccess(
  config: BastionConfig,
  access: Access,
  model: string,
  kind: ModelKind,
): ModelConfig {
  const found = Object.hasOwn(config.models, model) ? config.models[model] : undefined;
  if (found === undefined) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
      `The model \`${model}\` does not exist or you do not have access to it.`,
      { details: { param: 'model' } },
    );
  }
  if (!access.useCase.models.includes(model)) {
    throw new BastionError(
      'BASTION_ERR_POLICY_MODEL_NOT_ALLOWED',
      `Use case "${access.useCaseId}" may not call model "${model}" (allowed: ${access.useCase.models.join(', ')})`,
      { details: { param: 'model' } },
    );
  }
  if (found.kind !== kind) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_MODEL_KIND',
      `Model "${model}" is a${found.kind === 'chat' ? ' chat' : 'n embeddings'} model; use ${found.kind === 'chat' ? '/v1/chat/completions' : '/v1/embeddings'}`,
      { details: { param: 'model' } },
    );
  }
  return found;
}

/** The models a use case may call, in config order (for GET /v1/models). */
export function allowedModels(config: BastionConfig, useCase: UseCaseConfig): string[] {
  return useCase.models.filter((m) => Object.hasOwn(config.models, m));
}

/**
 * The model, then its fallbacks that this use case may also call and that serve the same kind and
 * accept at least the data classes of the first one. A fallback the policy does not allow is skipped,
 * never used: failing over must not widen what a key can reach or where its data goes.
 */
export function fallbackChain(config: BastionConfig, access: Access, model: string): string[] {
  const first = config.models[model];
  if (!first) return [model];
  const chain = [model];
  for (const name of first.fallbacks) {
    const candidate = config.models[name];
    if (!candidate || chain.includes(name) || !access.useCase.models.includes(name)) continue;
    if (candidate.kind !== first.kind) continue;
    if (!first.dataClasses.every((c) => candidate.dataClasses.includes(c))) continue;
    chain.push(name);
  }
  return chain;
}

/** A key's own limits override its use case's, field by field. */
export function effectiveLimits(useCase: LimitsConfig, key: Readonly<LimitsConfig>): LimitsConfig {
  const out: LimitsConfig = { ...useCase };
  if (key.rpm !== undefined) out.rpm = key.rpm;
  if (key.tpm !== undefined) out.tpm = key.tpm;
  if (key.dailyBudgetUsd !== undefined) out.dailyBudgetUsd = key.dailyBudgetUsd;
  if (key.monthlyBudgetUsd !== undefined) out.monthlyBudgetUsd = key.monthlyBudgetUsd;
  return out;
}
