import { describe, expect, it } from 'vitest';
import { BastionError } from '../core/errors/index.js';
import { realSleep } from './resilience/sleep.js';
import { countsAgainstBreaker, isRetryable, shouldFallback, upstreamHttpError } from './upstream-error.js';

describe('upstream error mapping', () => {
  it('maps statuses to codes, relaying 4xx status and message but never 5xx internals', () => {
    const bad = upstreamHttpError(422, '{"error":{"message":"bad schema"}}', 'openai', undefined);
    expect(bad).toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_4XX',
      status: 422,
      message: 'upstream: bad schema',
    });
    const down = upstreamHttpError(500, '{"error":{"message":"db at 10.0.0.3 down"}}', 'openai', undefined);
    expect(down).toMatchObject({ code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX', status: 502 });
    expect(down.message).not.toContain('10.0.0.3');
    expect(upstreamHttpError(403, '', 'openai', undefined)).toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_AUTH',
      status: 502,
    });
    expect(upstreamHttpError(429, '<html>', 'openai', 1500)).toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_RATE_LIMITED',
      details: { retryAfterMs: 1500, retryAfterSeconds: 2 },
    });
  });

  it('retries only what may succeed next time, and counts only unhealthy upstreams against the breaker', () => {
    const of = (status: number) => upstreamHttpError(status, '', 'p', undefined);
    expect(
      [400, 401, 404, 408, 409, 413, 422, 429, 500, 502, 503, 529].filter((s) => isRetryable(of(s))),
    ).toEqual([408, 409, 429, 500, 502, 503, 529]);
    expect(countsAgainstBreaker(of(503))).toBe(true);
    expect(countsAgainstBreaker(of(429))).toBe(false);
    expect(countsAgainstBreaker(of(400))).toBe(false);
    expect(isRetryable(new BastionError('BASTION_ERR_PROVIDERS_ABORTED'))).toBe(false);
    expect(shouldFallback(new BastionError('BASTION_ERR_PROVIDERS_CIRCUIT_OPEN'))).toBe(true);
    expect(shouldFallback(of(400))).toBe(false);
    expect(isRetryable(new Error('plain'))).toBe(false);
  });

  it('stops a backoff sleep when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = realSleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_ABORTED' });
    await expect(realSleep(1, controller.signal)).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_ABORTED',
    });
    await expect(realSleep(1)).resolves.toBeUndefined();
  });
});
