import { BastionError, type ErrorCode } from '../core/errors/index.js';

/** Codes worth another attempt (same upstream after backoff) or a fallback model. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BASTION_ERR_PROVIDERS_TIMEOUT',
  'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
  'BASTION_ERR_PROVIDERS_RATE_LIMITED',
  'BASTION_ERR_PROVIDERS_CONNECTION',
  'BASTION_ERR_PROVIDERS_INVALID_RESPONSE',
  'BASTION_ERR_PROVIDERS_STREAM_CUT',
]);

/** Codes that say the upstream itself is unhealthy: they count against its circuit breaker. */
const UNHEALTHY: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BASTION_ERR_PROVIDERS_TIMEOUT',
  'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
  'BASTION_ERR_PROVIDERS_CONNECTION',
  'BASTION_ERR_PROVIDERS_INVALID_RESPONSE',
  'BASTION_ERR_PROVIDERS_STREAM_CUT',
]);

/** Errors that another model might not have: fallback moves on after these (and after transient ones). */
const FALLBACK_TOO: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BASTION_ERR_PROVIDERS_CIRCUIT_OPEN',
  'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
  'BASTION_ERR_PROVIDERS_UPSTREAM_AUTH',
  'BASTION_ERR_PROVIDERS_UNSUPPORTED',
]);

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof BastionError)) return false;
  if (error.code === 'BASTION_ERR_PROVIDERS_UPSTREAM_4XX') {
    // 408 Request Timeout and 409 Conflict are transient by definition; other 4xx would fail again.
    return error.status === 408 || error.status === 409;
  }
  return TRANSIENT.has(error.code);
}

export function countsAgainstBreaker(error: unknown): boolean {
  return error instanceof BastionError && UNHEALTHY.has(error.code);
}

export function shouldFallback(error: unknown): boolean {
  return isRetryable(error) || (error instanceof BastionError && FALLBACK_TOO.has(error.code));
}

/** Milliseconds the upstream asked us to wait, carried on the error by the adapter. */
export function retryAfterMsOf(error: unknown): number | undefined {
  if (!(error instanceof BastionError)) return undefined;
  const value = error.details?.retryAfterMs;
  return typeof value === 'number' ? value : undefined;
}

/** Pulls a human message out of an OpenAI (`{error:{message}}`) or Anthropic (`{type:'error',error:{message}}`) body. */
function upstreamMessage(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      const error = (parsed as { error: unknown }).error;
      if (typeof error === 'string') return error;
      if (typeof error === 'object' && error !== null && 'message' in error) {
        const message = (error as { message: unknown }).message;
        if (typeof message === 'string') return message;
      }
    }
  } catch {
    // Not JSON (an HTML error page from a proxy, say): fall through to the generic message.
    return undefined;
  }
  return undefined;
}

/**
 * Maps an upstream HTTP error status to a BastionError. 4xx keep the upstream's status and message (the caller
 * can act on "context too long"); 401/403 become a 502 because they concern the gateway's provider key;
 * 5xx get a generic message so upstream internals never reach the client (they stay in `cause` for logs).
 */
export function upstreamHttpError(
  status: number,
  body: string,
  provider: string,
  retryAfterMs: number | undefined,
): BastionError {
  const said = upstreamMessage(body);
  const details: Record<string, unknown> = { provider, upstreamStatus: status };
  if (retryAfterMs !== undefined) {
    details.retryAfterMs = retryAfterMs;
    details.retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
  }
  const cause = new Error(`upstream ${provider} answered ${status}: ${said ?? body.slice(0, 300)}`);
  if (status === 429) {
    return new BastionError('BASTION_ERR_PROVIDERS_RATE_LIMITED', undefined, { details, cause });
  }
  if (status === 401 || status === 403) {
    return new BastionError('BASTION_ERR_PROVIDERS_UPSTREAM_AUTH', undefined, { details, cause });
  }
  if (status >= 400 && status < 500) {
    return new BastionError('BASTION_ERR_PROVIDERS_UPSTREAM_4XX', said ? `upstream: ${said}` : undefined, {
      details,
      cause,
      status,
    });
  }
  return new BastionError('BASTION_ERR_PROVIDERS_UPSTREAM_5XX', undefined, { details, cause });
}
