import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../test/fixtures/fake-upstream.js';
import { RequestSignal } from './call-signal.js';
import { createEgress, originOf, type Egress } from './egress.js';

describe('RequestSignal', () => {
  it('runs each listener once, in order, and none that was removed or added after the abort', () => {
    const signal = new RequestSignal();
    const calls: string[] = [];
    const removed = (): void => void calls.push('removed');
    signal.addEventListener('abort', () => calls.push('a'));
    signal.addEventListener('abort', removed);
    signal.addEventListener('abort', () => calls.push('b'));
    signal.removeEventListener('abort', removed);
    expect(signal.aborted).toBe(false);
    signal.abort();
    signal.abort();
    signal.addEventListener('abort', () => calls.push('late'));
    expect(calls).toEqual(['a', 'b']);
    expect(signal.aborted).toBe(true);
    // The same reason AbortController gives, so code checking `reason.name` behaves the same.
    expect((signal.reason as Error).name).toBe('AbortError');
  });

  it('keeps a reason it is given', () => {
    const signal = new RequestSignal();
    const reason = new Error('client gone');
    signal.abort(reason);
    expect(signal.reason).toBe(reason);
  });
});

describe('RequestSignal with undici (egress)', () => {
  let up: FakeUpstream;
  let egress: Egress;
  beforeAll(async () => {
    up = await startFakeUpstream();
    egress = createEgress({ upstreams: [{ url: up.baseUrl, connectTimeout: 500, maxConnections: 2 }] });
  });
  afterAll(async () => {
    await egress.close();
    await up.close();
  });

  const call = (signal: RequestSignal) =>
    egress.request({
      origin: originOf(up.url),
      path: '/v1/models',
      method: 'GET',
      headers: {},
      signal,
      firstByteTimeout: 10_000,
      totalTimeout: 10_000,
    });

  it('aborts a request waiting for headers at once, and the listener it added is gone afterwards', async () => {
    up.set({ hang: true });
    const signal = new RequestSignal();
    const pending = call(signal);
    setTimeout(() => signal.abort(), 30);
    await expect(pending).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_ABORTED' });
    up.reset();
  });

  it('refuses before sending when the signal is already aborted', async () => {
    const before = up.requests;
    const signal = new RequestSignal();
    signal.abort();
    await expect(call(signal)).rejects.toMatchObject({ code: 'BASTION_ERR_PROVIDERS_ABORTED' });
    expect(up.requests).toBe(before);
  });

  it('completes normally, and undici removes the listener it added', async () => {
    class Counting extends RequestSignal {
      added = 0;
      removed = 0;
      override addEventListener(type: 'abort', listener: () => void): void {
        this.added++;
        super.addEventListener(type, listener);
      }
      override removeEventListener(type: 'abort', listener: () => void): void {
        this.removed++;
        super.removeEventListener(type, listener);
      }
    }
    const signal = new Counting();
    const res = await call(signal);
    expect(res.status).toBe(200);
    await res.text();
    expect(signal.added).toBeGreaterThan(0);
    expect(signal.removed).toBe(signal.added);
  });
});
