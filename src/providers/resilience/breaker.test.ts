import { describe, expect, it } from 'vitest';
import { BastionError } from '../../core/errors/index.js';
import type { CallContext, ChatChunk, ModelAdapter } from '../types.js';
import { createCircuitBreaker, withBreaker, type BreakerEvent } from './breaker.js';

const chunk = (content: string): ChatChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [{ index: 0, delta: { content }, finish_reason: null }],
});

/** An in-memory adapter whose streams yield `parts`, then fail with `failWith` if given. */
function adapter(parts: string[], failWith?: BastionError): ModelAdapter {
  return {
    chat: () => (failWith ? Promise.reject(failWith) : Promise.resolve({} as never)),
    chatStream: () =>
      (async function* () {
        for (const p of parts) yield chunk(p);
        if (failWith) throw failWith;
      })(),
  };
}

const ctx: CallContext = { signal: new AbortController().signal, requestId: 'r' };
const down = new BastionError('BASTION_ERR_PROVIDERS_UPSTREAM_5XX');

function setup(threshold = 1) {
  let now = 0;
  const events: BreakerEvent[] = [];
  const breaker = createCircuitBreaker({
    upstream: 'u',
    failureThreshold: threshold,
    cooldown: 1000,
    clock: { now: () => now, monotonic: () => now },
    onStateChange: (e) => events.push(e),
  });
  return { breaker, events, advance: (ms: number) => (now += ms) };
}

async function drain(stream: AsyncIterable<ChatChunk>): Promise<void> {
  for await (const _ of stream) void _;
}

describe('withBreaker on streams', () => {
  it('counts a stream cut mid-way as a failure and a complete one as the probe success', async () => {
    const { breaker, advance, events } = setup();
    await expect(
      drain(withBreaker(adapter(['a'], down), breaker).chatStream({ model: 'm', messages: [] }, ctx)),
    ).rejects.toBe(down);
    expect(breaker.state).toBe('open');
    advance(1000);
    await drain(withBreaker(adapter(['a', 'b']), breaker).chatStream({ model: 'm', messages: [] }, ctx));
    expect(breaker.state).toBe('closed');
    expect(events.map((e) => e.to)).toEqual(['open', 'half-open', 'closed']);
    expect(events[1]?.at).toBe(1000);
  });

  it('treats a caller that stops after some chunks as a healthy upstream', async () => {
    const { breaker, advance } = setup();
    breaker.failure(breaker.enter(), down);
    advance(1000);
    for await (const c of withBreaker(adapter(['a', 'b', 'c']), breaker).chatStream(
      { model: 'm', messages: [] },
      ctx,
    )) {
      expect(c.choices[0]?.delta.content).toBe('a');
      break;
    }
    expect(breaker.state).toBe('closed');
  });

  it('frees the half-open probe when the call ends without a verdict (client aborted)', async () => {
    const { breaker, advance } = setup();
    breaker.failure(breaker.enter(), down);
    advance(1000);
    const aborted = new BastionError('BASTION_ERR_PROVIDERS_ABORTED');
    await expect(
      withBreaker(adapter([], aborted), breaker).chat({ model: 'm', messages: [] }, ctx),
    ).rejects.toBe(aborted);
    expect(breaker.state).toBe('half-open');
    // The next call may probe (it is not turned away as if a probe were still in flight).
    expect(breaker.enter()).toBe('probe');
  });

  it('needs N consecutive failures: a success in between resets the count', () => {
    const { breaker } = setup(3);
    breaker.failure(breaker.enter(), down);
    breaker.failure(breaker.enter(), down);
    breaker.success(breaker.enter());
    breaker.failure(breaker.enter(), down);
    breaker.failure(breaker.enter(), down);
    expect(breaker.state).toBe('closed');
    breaker.failure(breaker.enter(), down);
    expect(breaker.state).toBe('open');
  });
});
