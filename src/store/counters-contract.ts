import { expect, it } from 'vitest';
import type { CounterStore } from './types.js';

/**
 * Behaviour every CounterStore must show; run by the memory, SQLite and Redis tests against a real instance.
 * Lives beside the implementations (not a test file itself) so each implementation's test can import it.
 */
export function counterStoreContract(make: () => Promise<CounterStore>, keyId: () => string): void {
  // 2026-03-10T12:00:30Z: mid-minute, so minute-window arithmetic is visible in Retry-After.
  const t0 = Date.UTC(2026, 2, 10, 12, 0, 30);

  it('allows up to rpm and then refuses until the minute ends', async () => {
    const counters = await make();
    const id = keyId();
    const request = { keyId: id, limits: { rpm: 3 }, tokens: 0, costUsd: 0, now: t0 };
    for (let i = 0; i < 3; i++) expect((await counters.consume(request)).allowed).toBe(true);
    const denied = await counters.consume(request);
    expect(denied).toMatchObject({
      allowed: false,
      limit: 'rpm',
      retryAfterSeconds: 30,
      limitValue: 3,
      used: 3,
    });
    expect((await counters.consume({ ...request, now: t0 + 30_000 })).allowed).toBe(true);
    await counters.close();
  });

  it('is all-or-nothing across windows: a tpm refusal charges no request', async () => {
    const counters = await make();
    const id = keyId();
    const limits = { rpm: 10, tpm: 1000 };
    expect((await counters.consume({ keyId: id, limits, tokens: 900, costUsd: 0, now: t0 })).allowed).toBe(
      true,
    );
    const denied = await counters.consume({ keyId: id, limits, tokens: 200, costUsd: 0, now: t0 });
    expect(denied).toMatchObject({ allowed: false, limit: 'tpm', used: 900 });
    const usage = await counters.usage(id, t0);
    expect(usage.rpm).toBe(1);
    expect(usage.tpm).toBe(900);
    await counters.close();
  });

  it('adjust corrects an estimate to actual usage, down and up, floored at zero', async () => {
    const counters = await make();
    const id = keyId();
    const limits = { tpm: 1000, dailyBudgetUsd: 1, monthlyBudgetUsd: 5 };
    const first = await counters.consume({ keyId: id, limits, tokens: 800, costUsd: 0.5, now: t0 });
    if (!first.allowed) throw new Error('expected the first call to pass');
    // The estimate (max_tokens) was pessimistic: the call used 100 tokens and cost 0.05 USD.
    await counters.adjust(first.reservation, { tokens: 100, costUsd: 0.05 });
    expect(await counters.usage(id, t0)).toMatchObject({
      tpm: 100,
      dailyBudgetUsd: 0.05,
      monthlyBudgetUsd: 0.05,
    });
    expect((await counters.consume({ keyId: id, limits, tokens: 800, costUsd: 0.5, now: t0 })).allowed).toBe(
      true,
    );
    const third = await counters.consume({ keyId: id, limits, tokens: 50, costUsd: 0.1, now: t0 });
    if (!third.allowed) throw new Error('expected the third call to pass');
    await counters.adjust(third.reservation, { tokens: 60, costUsd: 0.3 });
    expect(await counters.usage(id, t0)).toMatchObject({ tpm: 960, dailyBudgetUsd: 0.85 });
    await counters.close();
  });

  it('refuses a spent daily budget until the next UTC day', async () => {
    const counters = await make();
    const id = keyId();
    const limits = { dailyBudgetUsd: 0.01 };
    expect((await counters.consume({ keyId: id, limits, tokens: 10, costUsd: 0.01, now: t0 })).allowed).toBe(
      true,
    );
    const denied = await counters.consume({ keyId: id, limits, tokens: 10, costUsd: 0.001, now: t0 });
    const untilMidnight = Math.ceil((Date.UTC(2026, 2, 11) - t0) / 1000);
    expect(denied).toMatchObject({
      allowed: false,
      limit: 'dailyBudgetUsd',
      retryAfterSeconds: untilMidnight,
      used: 0.01,
    });
    const nextDay = Date.UTC(2026, 2, 11, 0, 0, 1);
    expect(
      (await counters.consume({ keyId: id, limits, tokens: 10, costUsd: 0.001, now: nextDay })).allowed,
    ).toBe(true);
    await counters.close();
  });

  it('names the limit that blocks longest when several are exhausted', async () => {
    const counters = await make();
    const id = keyId();
    const limits = { rpm: 1, monthlyBudgetUsd: 0.001 };
    await counters.consume({ keyId: id, limits, tokens: 0, costUsd: 0.001, now: t0 });
    const denied = await counters.consume({ keyId: id, limits, tokens: 0, costUsd: 0.001, now: t0 });
    expect(denied).toMatchObject({ allowed: false, limit: 'monthlyBudgetUsd' });
    if (denied.allowed) throw new Error('unreachable');
    expect(denied.retryAfterSeconds).toBe(Math.ceil((Date.UTC(2026, 3, 1) - t0) / 1000));
    await counters.close();
  });

  it('keeps keys apart and charges nothing when no limit is set', async () => {
    const counters = await make();
    const a = keyId();
    const b = keyId();
    await counters.consume({ keyId: a, limits: { rpm: 1 }, tokens: 0, costUsd: 0, now: t0 });
    expect(
      (await counters.consume({ keyId: b, limits: { rpm: 1 }, tokens: 0, costUsd: 0, now: t0 })).allowed,
    ).toBe(true);
    const free = await counters.consume({ keyId: a, limits: {}, tokens: 10, costUsd: 1, now: t0 });
    expect(free).toMatchObject({ allowed: true, reservation: { charged: [] } });
    await counters.close();
  });
}
