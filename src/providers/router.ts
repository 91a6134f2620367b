/**
 * The providers module's front door for the gateway: maps public model names to configured providers, wraps each
 * upstream in retry(breaker(adapter)), and falls back along the ordered model list the gateway passes (the
 * models the policy allows). Streams are committed to a model only once their first chunk has arrived, so a
 * failing primary still falls back before the client has seen a byte.
 */
import { systemClock, type Clock } from '../core/clock.js';
import type { LoadedConfig } from '../core/config/index.js';
import { BastionError, toBastionError } from '../core/errors/index.js';
import { withMembers } from '../core/objects.js';
import type { AdapterContext } from './adapter-context.js';
import { modelAvailability, type ModelAvailability } from './availability.js';
import { createEgress, type Egress } from './egress.js';
import { PROVIDER_ADAPTERS } from './registry.js';
import {
  createCircuitBreaker,
  withBreaker,
  type BreakerEvent,
  type BreakerState,
  type CircuitBreaker,
} from './resilience/breaker.js';
import { withRetry, type RetryEvent } from './resilience/retry.js';
import { emptyIterator, passThrough } from './resilience/iterators.js';
import type { Sleep } from './resilience/sleep.js';
import type {
  CallContext,
  ChatChunk,
  ChatRequest,
  ChatResponse,
  EmbeddingsRequest,
  EmbeddingsResponse,
  ModelAdapter,
} from './types.js';
import { shouldFallback } from './upstream-error.js';

export interface ProviderRouterOptions {
  loaded: LoadedConfig;
  /** In-process models for `type: local` providers, by model name (the docs assistant's `bastion-docs`). */
  localModels?: Readonly<Record<string, ModelAdapter>>;
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
  /** Circuit breaker transitions, per upstream (provider name). */
  onBreakerChange?: (event: BreakerEvent) => void;
  onRetry?: (event: RetryEvent & { provider: string }) => void;
  /** Tests inject one; by default built from the providers' base URLs (the SSRF allow-list). */
  egress?: Egress;
}

/** One model tried for a request, for the audit record and metrics. */
export interface RouteAttempt {
  model: string;
  provider: string;
  /** Set when this model failed and the router moved on (or gave up). */
  error?: BastionError;
}

export interface Routed<T> {
  /** The public model that answered. */
  model: string;
  provider: string;
  upstreamModel: string;
  result: T;
  /** Every model tried, in order, the answering one last. */
  attempts: RouteAttempt[];
}

export interface ProviderRouter {
  chat(models: readonly string[], req: ChatRequest, ctx: CallContext): Promise<Routed<ChatResponse>>;
  /** Resolves once the first chunk arrived (or the stream ended empty); `result` replays it first. */
  chatStream(
    models: readonly string[],
    req: ChatRequest,
    ctx: CallContext,
  ): Promise<Routed<AsyncIterable<ChatChunk>>>;
  embeddings(
    models: readonly string[],
    req: EmbeddingsRequest,
    ctx: CallContext,
  ): Promise<Routed<EmbeddingsResponse>>;
  /** Every configured model with whether it can serve, and why not. */
  readonly availability: readonly ModelAvailability[];
  /** Current breaker state per upstream (provider name); local providers have none. */
  breakerStates(): Record<string, BreakerState>;
  close(): Promise<void>;
}

interface Route {
  info: ModelAvailability;
  adapter: ModelAdapter;
}

/**
 * @example
 * const router = createProviderRouter({ loaded, localModels: { 'bastion-docs': docs } });
 * const { result, model } = await router.chat(['gpt-4o-mini', 'claude-haiku'], req, { signal, requestId });
 */
export function createProviderRouter(options: ProviderRouterOptions): ProviderRouter {
  const { loaded } = options;
  const clock = options.clock ?? systemClock;
  const localModels = options.localModels ?? {};
  const providers = loaded.config.providers;
  const egress =
    options.egress ??
    createEgress({
      clock,
      upstreams: Object.values(providers).flatMap((p) =>
        p.baseUrl
          ? [{ url: p.baseUrl, connectTimeout: p.timeouts.connect, maxConnections: p.maxConnections }]
          : [],
      ),
    });

  const breakers = new Map<string, CircuitBreaker>();
  const adapters = new Map<string, ModelAdapter>();
  for (const [name, config] of Object.entries(providers)) {
    const ctx: AdapterContext = { name, config, egress, clock, localModels };
    const base = PROVIDER_ADAPTERS[config.type](ctx);
    if (config.type === 'local') {
      adapters.set(name, base); // in-process: nothing to retry or trip
      continue;
    }
    const breaker = createCircuitBreaker({
      upstream: name,
      failureThreshold: config.breaker.failureThreshold,
      cooldown: config.breaker.cooldown,
      clock,
      onStateChange: options.onBreakerChange,
    });
    breakers.set(name, breaker);
    const onRetry = options.onRetry;
    adapters.set(
      name,
      withRetry(withBreaker(base, breaker), {
        ...config.retries,
        clock,
        sleep: options.sleep,
        random: options.random,
        onRetry: onRetry ? (event) => onRetry({ ...event, provider: name }) : undefined,
      }),
    );
  }

  const availability = modelAvailability(loaded, Object.keys(localModels));
  const routes = new Map<string, Route>();
  for (const info of availability) {
    const adapter = adapters.get(info.provider);
    if (adapter) routes.set(info.model, { info, adapter });
  }

  /** The route for a model, or the reason it cannot serve this kind of call. */
  function routeFor(model: string, kind: 'chat' | 'embeddings'): Route {
    const route = routes.get(model);
    if (!route) {
      throw new BastionError(
        'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
        `model "${model}" is not configured`,
        {
          details: { model },
        },
      );
    }
    if (!route.info.available) {
      throw new BastionError(
        'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
        `model "${model}" is unavailable: ${route.info.reason}`,
        {
          details: { model, reason: route.info.reason },
        },
      );
    }
    if (route.info.kind !== kind) {
      throw new BastionError(
        'BASTION_ERR_PROVIDERS_UNSUPPORTED',
        `model "${model}" is an ${route.info.kind} model`,
        {
          details: { model },
        },
      );
    }
    return route;
  }

  function pastDeadline(ctx: CallContext): boolean {
    return ctx.deadline !== undefined && clock.now() >= ctx.deadline;
  }

  /** Tries each model in order; `call` returns the result for one route. */
  async function route<R, T>(
    models: readonly string[],
    kind: 'chat' | 'embeddings',
    req: R,
    ctx: CallContext,
    call: (route: Route, req: R, ctx: CallContext) => Promise<T>,
  ): Promise<Routed<T>> {
    const attempts: RouteAttempt[] = [];
    let last: BastionError | undefined;
    for (const model of models) {
      let r: Route | undefined;
      try {
        r = routeFor(model, kind);
        const result = await call(r, req, ctx);
        attempts.push({ model, provider: r.info.provider });
        return { model, provider: r.info.provider, upstreamModel: r.info.upstreamModel, result, attempts };
      } catch (thrown) {
        const error = toBastionError(thrown);
        attempts.push({ model, provider: r?.info.provider ?? '', error });
        last = error;
        if (!shouldFallback(error) || ctx.signal.aborted || pastDeadline(ctx)) break;
      }
    }
    if (!last) {
      throw new BastionError('BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE', 'no model to call', {
        details: { models },
      });
    }
    if (attempts.length === 1) throw last;
    // Same code and status as the last model's error, plus the whole route for the audit record.
    throw new BastionError(last.code, last.message, {
      cause: last,
      status: last.status,
      details: {
        ...last.details,
        attempts: attempts.map((a) => ({ model: a.model, provider: a.provider, code: a.error?.code })),
      },
    });
  }

  const withModel = <R extends { model: string }>(req: R, upstreamModel: string): R =>
    // The same request with another `model`: R's other members are untouched, so the copy is still an R.
    req.model === upstreamModel ? req : (withMembers(req, { model: upstreamModel }) as unknown as R);

  // One function per operation, defined once: a request allocates no closures here.
  const callChat = (r: Route, req: ChatRequest, ctx: CallContext): Promise<ChatResponse> =>
    r.adapter.chat(withModel(req, r.info.upstreamModel), ctx);
  const callStream = async (
    r: Route,
    req: ChatRequest,
    ctx: CallContext,
  ): Promise<AsyncIterable<ChatChunk>> => {
    const it = r.adapter.chatStream(withModel(req, r.info.upstreamModel), ctx)[Symbol.asyncIterator]();
    const first = await it.next();
    return first.done ? emptyIterator<ChatChunk>() : passThrough(it, { value: first.value });
  };
  const callEmbeddings = (
    r: Route,
    req: EmbeddingsRequest,
    ctx: CallContext,
  ): Promise<EmbeddingsResponse> => {
    if (!r.adapter.embeddings) {
      throw new BastionError(
        'BASTION_ERR_PROVIDERS_UNSUPPORTED',
        `model "${r.info.model}" has no embeddings`,
      );
    }
    return r.adapter.embeddings(withModel(req, r.info.upstreamModel), ctx);
  };

  return {
    chat: (models, req, ctx) => route(models, 'chat', req, ctx, callChat),
    chatStream: (models, req, ctx) => route(models, 'chat', req, ctx, callStream),
    embeddings: (models, req, ctx) => route(models, 'embeddings', req, ctx, callEmbeddings),
    availability,
    breakerStates: () => Object.fromEntries([...breakers].map(([name, b]) => [name, b.state])),
    close: () => (options.egress ? Promise.resolve() : egress.close()),
  };
}
