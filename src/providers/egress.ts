/**
 * The one module that makes outbound HTTP calls. Everything that talks to an upstream goes through here, so
 * four guarantees hold everywhere:
 * - only origins declared in the config are reachable (an allow-list: a prompt or a tool result can never make
 *   the gateway call an internal address — SSRF), and redirects are never followed;
 * - connections are pooled per origin (undici Pool, keep-alive, one request per connection at a time: pipelining
 *   would let one slow generation stall the answers queued behind it);
 * - every call has a connect, first-byte and total deadline, and stops at once when the caller's signal aborts;
 * - failures come back as BastionErrors with `BASTION_ERR_PROVIDERS_*` codes, never as raw socket errors.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';
import { systemClock, type Clock } from '../core/clock.js';
import { BastionError } from '../core/errors/index.js';
import type { CallSignal } from './call-signal.js';
import { UpstreamExchange } from './upstream-exchange.js';

export interface EgressUpstream {
  /** Any URL on the origin, e.g. the provider's baseUrl; only scheme, host and port are used. */
  url: string;
  connectTimeout: number;
  maxConnections: number;
}

export interface EgressOptions {
  upstreams: readonly EgressUpstream[];
  clock?: Clock;
  /** Largest response body read into memory (default 32 MiB); bigger bodies fail as invalid. */
  maxBodyBytes?: number;
}

export interface EgressRequest {
  /** `https://host:port`, as returned by `originOf`. */
  origin: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: CallSignal;
  /** Until the response headers arrive, in ms. */
  firstByteTimeout: number;
  /** Whole exchange including the body, in ms. */
  totalTimeout: number;
  /** Absolute deadline in `clock.now()` ms; the earlier of this and `totalTimeout` wins. */
  deadline?: number;
}

export interface EgressResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The whole body as UTF-8 text. */
  text(): Promise<string>;
  /** Body chunks as they arrive (for streams); transport errors surface as BastionErrors. */
  chunks(): AsyncIterable<Buffer>;
  /**
   * The raw body, for hot loops that read it directly; map anything it throws with `streamError` and call
   * `dispose` when done.
   */
  readonly body: AsyncIterable<Buffer>;
  streamError(error: unknown): BastionError;
  /** Drops the rest of the body and releases the connection; safe to call more than once. */
  dispose(): void;
}

export interface Egress {
  request(req: EgressRequest): Promise<EgressResponse>;
  /** Whether an origin is on the allow-list. */
  allows(origin: string): boolean;
  close(): Promise<void>;
}

/** `scheme://host:port` of a URL, normalised the way the allow-list stores it. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Maps a transport error to a BastionError; `inBody` says whether response bytes had started arriving. */
export function transportError(error: unknown, origin: string, inBody: boolean): BastionError {
  if (error instanceof BastionError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const details = { origin, transportCode: code || undefined };
  if (TIMEOUT_CODES.has(code))
    return new BastionError('BASTION_ERR_PROVIDERS_TIMEOUT', undefined, { cause: error, details });
  if (inBody)
    return new BastionError('BASTION_ERR_PROVIDERS_STREAM_CUT', undefined, { cause: error, details });
  if (CONNECTION_CODES.has(code)) {
    return new BastionError('BASTION_ERR_PROVIDERS_CONNECTION', undefined, { cause: error, details });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new BastionError('BASTION_ERR_PROVIDERS_ABORTED', undefined, { cause: error, details });
  }
  return new BastionError('BASTION_ERR_PROVIDERS_CONNECTION', undefined, { cause: error, details });
}

/**
 * Creates the egress with one connection pool per declared upstream origin.
 *
 * @example
 * const egress = createEgress({ upstreams: [{ url: 'https://api.openai.com/v1', connectTimeout: 5000, maxConnections: 128 }] });
 * const res = await egress.request({ origin: 'https://api.openai.com', path: '/v1/models', method: 'GET', headers: {}, firstByteTimeout: 10_000, totalTimeout: 30_000 });
 */
export function createEgress(options: EgressOptions): Egress {
  const clock = options.clock ?? systemClock;
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const settings = new Map<string, { connectTimeout: number; maxConnections: number }>();
  for (const upstream of options.upstreams) {
    const origin = originOf(upstream.url);
    const known = settings.get(origin);
    // Two providers on one origin share a pool: the larger pool and the stricter connect deadline win.
    settings.set(origin, {
      connectTimeout: Math.min(known?.connectTimeout ?? Infinity, upstream.connectTimeout),
      maxConnections: Math.max(known?.maxConnections ?? 0, upstream.maxConnections),
    });
  }
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (pool) return pool;
    const s = settings.get(origin);
    if (!s) {
      throw new BastionError('BASTION_ERR_PROVIDERS_EGRESS_DENIED', `egress to ${origin} is not allowed`, {
        details: { origin },
      });
    }
    pool = new Pool(origin, {
      connections: s.maxConnections,
      pipelining: 1,
      connect: { timeout: s.connectTimeout },
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
    });
    pools.set(origin, pool);
    return pool;
  };

  async function request(req: EgressRequest): Promise<EgressResponse> {
    const pool = poolFor(req.origin);
    let budget = req.totalTimeout;
    if (req.deadline !== undefined) budget = Math.min(budget, req.deadline - clock.now());
    if (budget <= 0) {
      throw new BastionError('BASTION_ERR_PROVIDERS_TIMEOUT', undefined, { details: { origin: req.origin } });
    }
    const callerSignal = req.signal;
    if (callerSignal?.aborted) {
      throw new BastionError('BASTION_ERR_PROVIDERS_ABORTED', undefined, { cause: callerSignal.reason });
    }

    // One handler object per call (src/providers/upstream-exchange.ts): the caller's signal, the total deadline,
    // the body limit and backpressure live there, and undici hands it raw body chunks without a Readable.
    const exchange = new UpstreamExchange({
      origin: req.origin,
      signal: callerSignal,
      maxBody,
      budget,
      mapError: (error, inBody) =>
        callerSignal?.aborted && !(error instanceof BastionError)
          ? new BastionError('BASTION_ERR_PROVIDERS_ABORTED', undefined, { cause: error })
          : transportError(error, req.origin, inBody),
    });
    try {
      pool.dispatch(
        {
          path: req.path,
          method: req.method,
          headers: req.headers,
          body: req.body,
          headersTimeout: Math.min(req.firstByteTimeout, budget),
          // Between body chunks; the exchange's timer bounds the whole stream.
          bodyTimeout: budget,
        },
        exchange,
      );
    } catch (error) {
      // Invalid request options are reported by throwing; the exchange then never hears from undici.
      exchange.onError(error instanceof Error ? error : new Error(String(error)));
    }
    return exchange.ready;
  }

  return {
    request,
    allows: (origin) => settings.has(origin),
    async close() {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((p) => p.destroy()));
    },
  };
}
