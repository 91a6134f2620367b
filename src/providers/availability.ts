/**
 * Which configured models can serve, and why not. The gateway calls this at start-up (to say which models are
 * unavailable and why, e.g. "OPENAI_API_KEY is not set") and for /v1/models; the router refuses unavailable
 * models with that reason instead of sending an unauthenticated request upstream.
 */
import type { LoadedConfig, ProviderConfig } from '../core/config/index.js';

export interface ModelAvailability {
  /** Public model name (`models.<name>`). */
  model: string;
  provider: string;
  providerType: ProviderConfig['type'];
  /** The provider's own model name. */
  upstreamModel: string;
  kind: 'chat' | 'embeddings';
  available: boolean;
  /** Why not, for operators: e.g. `OPENAI_API_KEY is not set`. */
  reason?: string;
}

function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() === name);
}

/** Why a provider cannot serve at all, or undefined when it can. */
function providerProblem(name: string, provider: ProviderConfig, loaded: LoadedConfig): string | undefined {
  const unset = loaded.missingEnv
    .filter((m) => m.path[0] === 'providers' && m.path[1] === name)
    .map((m) => m.variable);
  if (unset.length > 0) return `${[...new Set(unset)].join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set`;
  if (provider.type === 'anthropic' && !provider.apiKey && !hasHeader(provider.headers, 'x-api-key')) {
    return `provider ${name} has no apiKey`;
  }
  if (
    provider.type === 'openai-compatible' &&
    provider.baseUrl !== undefined &&
    new URL(provider.baseUrl).hostname === 'api.openai.com' &&
    !provider.apiKey &&
    !hasHeader(provider.headers, 'authorization')
  ) {
    return `provider ${name} has no apiKey`;
  }
  return undefined;
}

/**
 * @example
 * for (const m of modelAvailability(loaded, ['bastion-docs'])) if (!m.available) log.warn(`${m.model}: ${m.reason}`);
 */
export function modelAvailability(
  loaded: LoadedConfig,
  localModels: readonly string[] = [],
): ModelAvailability[] {
  const { providers, models } = loaded.config;
  const problems = new Map<string, string | undefined>();
  for (const [name, provider] of Object.entries(providers))
    problems.set(name, providerProblem(name, provider, loaded));
  return Object.entries(models).map(([model, m]) => {
    const provider = providers[m.provider];
    const upstreamModel = m.model ?? model;
    let reason = problems.get(m.provider);
    if (!provider) reason = `unknown provider ${m.provider}`;
    else if (reason === undefined && provider.type === 'local' && !localModels.includes(upstreamModel)) {
      reason = `no local model "${upstreamModel}" is registered`;
    }
    return {
      model,
      provider: m.provider,
      providerType: provider?.type ?? 'openai-compatible',
      upstreamModel,
      kind: m.kind,
      available: reason === undefined,
      ...(reason === undefined ? {} : { reason }),
    };
  });
}

/**
 * A model followed by its configured fallbacks, without repeats. The gateway filters this by policy
 * (use case, data classes) and hands the result to the router.
 */
export function fallbackChain(loaded: LoadedConfig, model: string): string[] {
  const chain = [model];
  for (const f of loaded.config.models[model]?.fallbacks ?? []) if (!chain.includes(f)) chain.push(f);
  return chain;
}
