import type { ModelAdapter } from '../providers/types.js';

/** A public model name resolved to the adapter that serves it (resilience already applied). */
export interface ModelRoute {
  /** Public model name (config `models.<name>`). */
  readonly model: string;
  /** The provider's own model name, sent upstream in `model`. */
  readonly upstreamModel: string;
  readonly provider: string;
  readonly adapter: ModelAdapter;
}

export type BreakerState = 'closed' | 'half-open' | 'open';

/**
 * What the gateway needs from the providers module: a route per available model, the reason a model
 * is unavailable (e.g. "OPENAI_API_KEY is not set"), and breaker states for metrics.
 */
export interface Upstreams {
  route(model: string): ModelRoute | undefined;
  unavailableReason(model: string): string | undefined;
  breakerStates(): Readonly<Record<string, BreakerState>>;
  close(): Promise<void>;
}
