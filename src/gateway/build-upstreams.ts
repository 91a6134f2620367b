import type { LoadedConfig } from '../core/config/index.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { ModelAdapter } from '../providers/types.js';
import type { ModelRoute, Upstreams } from './upstreams.js';

export interface BuildUpstreamsOptions {
  localModels: Readonly<Record<string, ModelAdapter>>;
  clock: Clock;
  logger: Logger;
}

/**
 * Why each model cannot be served, decided once at start-up from the loaded config:
 * a provider key left unset (`${OPENAI_API_KEY}` with no value) or a local model nobody injected.
 */
export function unavailableReasons(
  loaded: LoadedConfig,
  localModels: Readonly<Record<string, ModelAdapter>>,
): Map<string, string> {
  const { config } = loaded;
  const reasons = new Map<string, string>();
  for (const [name, model] of Object.entries(config.models)) {
    const provider = config.providers[model.provider];
    if (!provider) continue;
    if (provider.type === 'local') {
      if (!Object.hasOwn(localModels, name)) {
        reasons.set(
          name,
          `no in-process handler for local model "${name}" (the docs assistant is not installed)`,
        );
      }
      continue;
    }
    const missing = loaded.missingEnv.find(
      (m) => m.path[0] === 'providers' && m.path[1] === model.provider && m.path[2] === 'apiKey',
    );
    if (missing)
      reasons.set(name, `${missing.variable} is not set (provider "${model.provider}" has no API key)`);
  }
  return reasons;
}

/** Upstreams built from the config. */
export function buildUpstreams(loaded: LoadedConfig, options: BuildUpstreamsOptions): Upstreams {
  const reasons = unavailableReasons(loaded, options.localModels);
  const routes = new Map<string, ModelRoute>();
  for (const [name, model] of Object.entries(loaded.config.models)) {
    if (reasons.has(name)) continue;
    const provider = loaded.config.providers[model.provider];
    if (provider?.type === 'local') {
      const adapter = options.localModels[name];
      if (adapter)
        routes.set(name, {
          model: name,
          upstreamModel: model.model ?? name,
          provider: model.provider,
          adapter,
        });
    } else {
      reasons.set(name, 'the providers module is not wired in yet');
    }
  }
  return {
    route: (model) => routes.get(model),
    unavailableReason: (model) => reasons.get(model),
    breakerStates: () => ({}),
    close: async () => {},
  };
}
