import type { Clock } from '../core/clock.js';
import type { ProviderConfig } from '../core/config/index.js';
import type { Egress } from './egress.js';
import type { ModelAdapter } from './types.js';

/** What an adapter factory receives: its provider's config and the shared services. */
export interface AdapterContext {
  /** The provider's name in the config (`providers.<name>`), used in errors and metrics. */
  readonly name: string;
  readonly config: ProviderConfig;
  readonly egress: Egress;
  readonly clock: Clock;
  /** In-process models injected by the gateway (the docs assistant), for `type: local`. */
  readonly localModels: Readonly<Record<string, ModelAdapter>>;
}

/** Builds the ModelAdapter of one configured provider; `req.model` then carries the provider's model name. */
export type AdapterFactory = (ctx: AdapterContext) => ModelAdapter;
