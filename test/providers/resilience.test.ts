import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProviderRouter, type BreakerEvent, type ProviderRouter } from '../../src/providers/index.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { callCtx, collect, loadedFrom, manualTime } from './helpers.js';

let primary: FakeUpstream;
let secondary: FakeUpstream;
const open: ProviderRouter[] = [];

beforeAll(async () => {
  primary = await startFakeUpstream();
  secondary = await startFakeUpstream();
});
afterAll(async () => {
  await Promise.all(open.map((r) => r.close()));
  await primary.close();
  await secondary.close();
});
afterEach(() => {
  primary.reset();
  secondary.reset();
});

interface Setup {
  retries?: string;
  breaker?: string;
  random?: number;
  env?: Record<string, string>;
}

function setup(s: Setup = {}) {
  const time = manualTime(1_700_000_000_000);
  const events: BreakerEvent[] = [];
  const loaded = loadedFrom(
    `
providers:
  one:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: ${primary.baseUrl}
    retries: ${s.retries ?? '{ max: 2, baseDelay: 100ms, maxDelay: 5s }'}
    breaker: ${s.breaker ?? '{ failureThreshold: 50, cooldown: 10s }'}
  two:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: ${secondary.baseUrl}
    retries: { max: 0 }
  keyed:
    type: openai-compatible
    hosting: saas
    baseUrl: ${secondary.baseUrl}
    apiKey: \${MISSING_KEY}
models:
  a: { provider: one }
  b: { provider: two }
  c: { provider: keyed }
`,
    s.env ?? {},
  );
  const router = createProviderRouter({
    loaded,
    clock: time.clock,
    sleep: time.sleep,
    random: () => s.random ?? 0.5,
    onBreakerChange: (e) => events.push(e),
  });
  open.push(router);
  return { router, time, events };
}

const req = { model: 'a', messages: [{ role: 'user' as const, content: 'hi' }] };

describe('retries', () => {
  it('retries 5xx with full-jitter exponential backoff, then succeeds', async () => {
    const { router, time } = setup({ random: 0.5 });
    primary.enqueue({ status: 503 }, { status: 502 });
    const { result } = await router.chat(['a'], req, callCtx());
    expect(result.choices[0]?.message.content).toBe('Hello from the fake upstream.');
    expect(primary.requests).toBe(3);
    expect(time.slept).toEqual([50, 100]); // 0.5 × 100ms·2⁰, 0.5 × 100ms·2¹
  });

  it('gives up after max retries with the last error', async () => {
    const { router } = setup();
    primary.set({ status: 500 });
    await expect(router.chat(['a'], req, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
    });
    expect(primary.requests).toBe(3);
  });

  it('waits at least Retry-After, in seconds or as an HTTP date', async () => {
    const { router, time } = setup();
    primary.enqueue({ status: 429, retryAfter: 2 });
    await router.chat(['a'], req, callCtx());
    expect(time.slept).toEqual([2000]);
    primary.enqueue({ status: 503, retryAfter: new Date(time.clock.now() + 3000).toUTCString() });
    await router.chat(['a'], req, callCtx());
    expect(time.slept[1]).toBe(3000);
  });

  it('does not retry when Retry-After exceeds maxDelay, and surfaces it for the client', async () => {
    const { router } = setup();
    primary.enqueue({ status: 429, retryAfter: 60 });
    await expect(router.chat(['a'], req, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_RATE_LIMITED',
      status: 429,
      details: { retryAfterSeconds: 60 },
    });
    expect(primary.requests).toBe(1);
  });

  it('never retries a 4xx other than 408/409/429', async () => {
    const { router } = setup();
    primary.enqueue({ status: 400 });
    await expect(router.chat(['a'], req, callCtx())).rejects.toMatchObject({ status: 400 });
    expect(primary.requests).toBe(1);
    primary.reset();
    primary.enqueue({ status: 408 }, { status: 409 });
    await router.chat(['a'], req, callCtx());
    expect(primary.requests).toBe(3);
  });

  it('stops retrying when the next wait would pass the deadline', async () => {
    const { router, time } = setup({ random: 0.99, retries: '{ max: 2, baseDelay: 1s, maxDelay: 5s }' });
    primary.set({ status: 503 });
    // Generous real time for each attempt (the manual clock only moves in sleeps), tight for the backoff.
    const deadline = time.clock.now() + 2500;
    await expect(router.chat(['a'], req, callCtx({ deadline }))).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
    });
    expect(time.slept).toEqual([990]); // the next wait (1980ms) would end after the deadline
    expect(primary.requests).toBe(2);
  });

  it('retries a stream that fails before its first chunk', async () => {
    const { router } = setup();
    primary.enqueue({ status: 503 }, { cutAfterEvents: 0 });
    const { result } = await router.chatStream(['a'], req, callCtx());
    const chunks = await collect(result);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(
      'Hello from the fake upstream.',
    );
    expect(primary.requests).toBe(3);
  });

  it('never retries a stream after chunks were handed on', async () => {
    const { router } = setup();
    primary.enqueue({ cutAfterEvents: 3 });
    const { result } = await router.chatStream(['a'], req, callCtx());
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of result) seen.push(c.choices[0]?.delta.content ?? '');
      })(),
    ).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_STREAM_CUT' });
    expect(seen.join('')).toBe('Hello from ');
    expect(primary.requests).toBe(1);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures and then fails fast without calling the upstream', async () => {
    const { router, events } = setup({
      retries: '{ max: 0 }',
      breaker: '{ failureThreshold: 3, cooldown: 10s }',
    });
    primary.set({ status: 500 });
    for (let i = 0; i < 3; i++) await expect(router.chat(['a'], req, callCtx())).rejects.toThrow();
    expect(router.breakerStates().one).toBe('open');
    await expect(router.chat(['a'], req, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_CIRCUIT_OPEN',
      status: 503,
      details: { upstream: 'one', retryAfterSeconds: 10 },
    });
    expect(primary.requests).toBe(3);
    expect(events.map((e) => `${e.from}>${e.to}`)).toEqual(['closed>open']);
  });

  it('lets one probe through after the cooldown: success closes, failure reopens', async () => {
    const { router, time, events } = setup({
      retries: '{ max: 0 }',
      breaker: '{ failureThreshold: 2, cooldown: 10s }',
    });
    primary.set({ status: 500 });
    for (let i = 0; i < 2; i++) await expect(router.chat(['a'], req, callCtx())).rejects.toThrow();
    time.advance(10_000);
    await expect(router.chat(['a'], req, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
    });
    expect(router.breakerStates().one).toBe('open');
    time.advance(10_000);
    primary.set({ latencyMs: 30 });
    const [probe, other] = await Promise.allSettled([
      router.chat(['a'], req, callCtx()),
      router.chat(['a'], req, callCtx()),
    ]);
    expect(probe.status).toBe('fulfilled');
    expect(other).toMatchObject({
      status: 'rejected',
      reason: { code: 'BASTION_ERR_PROVIDERS_CIRCUIT_OPEN' },
    });
    expect(router.breakerStates().one).toBe('closed');
    expect(events.map((e) => `${e.from}>${e.to}`)).toEqual([
      'closed>open',
      'open>half-open',
      'half-open>open',
      'open>half-open',
      'half-open>closed',
    ]);
  });

  it('does not count a caller’s bad requests against the upstream', async () => {
    const { router } = setup({ retries: '{ max: 0 }', breaker: '{ failureThreshold: 2, cooldown: 10s }' });
    primary.set({ status: 400 });
    for (let i = 0; i < 4; i++) await expect(router.chat(['a'], req, callCtx())).rejects.toThrow();
    expect(router.breakerStates().one).toBe('closed');
  });
});

describe('fallback', () => {
  it('moves to the next model on an upstream failure and reports the route', async () => {
    const { router } = setup({ retries: '{ max: 1, baseDelay: 10ms, maxDelay: 1s }' });
    primary.set({ status: 503 });
    const routed = await router.chat(['a', 'b'], req, callCtx());
    expect(routed.model).toBe('b');
    expect(routed.provider).toBe('two');
    expect(routed.attempts.map((a) => [a.model, a.error?.code])).toEqual([
      ['a', 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX'],
      ['b', undefined],
    ]);
    expect(primary.requests).toBe(2);
    expect(secondary.last?.body).toMatchObject({ model: 'b' });
  });

  it('does not fall back on a 4xx the next model would also reject', async () => {
    const { router } = setup();
    primary.set({ status: 422 });
    await expect(router.chat(['a', 'b'], req, callCtx())).rejects.toMatchObject({ status: 422 });
    expect(secondary.requests).toBe(0);
  });

  it('falls back past an unavailable model (missing key) and an open circuit', async () => {
    const { router } = setup({ retries: '{ max: 0 }', breaker: '{ failureThreshold: 1, cooldown: 10s }' });
    primary.enqueue({ status: 500 });
    await expect(router.chat(['a'], req, callCtx())).rejects.toThrow();
    const routed = await router.chat(['a', 'c', 'b'], req, callCtx());
    expect(routed.model).toBe('b');
    expect(routed.attempts.map((a) => a.error?.code)).toEqual([
      'BASTION_ERR_PROVIDERS_CIRCUIT_OPEN',
      'BASTION_ERR_PROVIDERS_MODEL_UNAVAILABLE',
      undefined,
    ]);
    expect(routed.attempts[1]?.error?.message).toContain('MISSING_KEY is not set');
  });

  it('falls back a stream that fails before its first chunk', async () => {
    const { router } = setup({ retries: '{ max: 0 }' });
    primary.set({ cutAfterEvents: 0 });
    const routed = await router.chatStream(['a', 'b'], { ...req, stream: true }, callCtx());
    expect(routed.model).toBe('b');
    expect((await collect(routed.result)).length).toBeGreaterThan(3);
  });

  it('names every attempt when all models fail', async () => {
    const { router } = setup({ retries: '{ max: 0 }' });
    primary.set({ status: 500 });
    secondary.set({ status: 502 });
    await expect(router.chat(['a', 'b'], req, callCtx())).rejects.toMatchObject({
      code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX',
      details: {
        attempts: [
          { model: 'a', provider: 'one', code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX' },
          { model: 'b', provider: 'two', code: 'BASTION_ERR_PROVIDERS_UPSTREAM_5XX' },
        ],
      },
    });
  });
});
