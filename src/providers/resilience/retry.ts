/**
 * Retries with full-jitter exponential backoff (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * the n-th wait is uniform in [0, min(maxDelay, baseDelay·2ⁿ)], which spreads a thundering herd of retries.
 * A `Retry-After` from the upstream is a floor: we never come back sooner than told, and when it is longer than
 * `maxDelay` or would pass the deadline we stop and surface the error (the caller may fall back to another model
 * at once, which beats waiting). Only transient errors are retried (5xx, timeouts, connection failures, 408, 409,
 * 429), and a stream only until its first chunk has been handed on: after that the client has bytes, and a
 * second answer spliced onto the first would be corrupt.
 */
import { systemClock, type Clock } from '../../core/clock.js';
import type { CallContext, ChatChunk, ChatRequest, ModelAdapter } from '../types.js';
import { deferred, emptyIterator, passThrough } from './iterators.js';
import { isRetryable, retryAfterMsOf } from '../upstream-error.js';
import { realSleep, type Sleep } from './sleep.js';

export interface RetryOptions {
  /** Retries after the first attempt. */
  max: number;
  baseDelay: number;
  maxDelay: number;
  clock?: Clock;
  sleep?: Sleep;
  /** Uniform in [0, 1); injected so tests are deterministic. */
  random?: () => number;
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  error: unknown;
}

/**
 * Wraps an adapter so each call is retried per `options`.
 *
 * @example
 * const resilient = withRetry(adapter, { max: 2, baseDelay: 200, maxDelay: 10_000 });
 */
export function withRetry(next: ModelAdapter, options: RetryOptions): ModelAdapter {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;

  /** The wait before retry number `attempt + 1`, or undefined to give up. */
  function plan(error: unknown, attempt: number, ctx: CallContext): number | undefined {
    if (attempt >= options.max || ctx.signal.aborted || !isRetryable(error)) return undefined;
    let delay = random() * Math.min(options.maxDelay, options.baseDelay * 2 ** attempt);
    const after = retryAfterMsOf(error);
    if (after !== undefined) {
      if (after > options.maxDelay) return undefined;
      delay = Math.max(delay, after);
    }
    if (ctx.deadline !== undefined && clock.now() + delay >= ctx.deadline) return undefined;
    return delay;
  }

  // `call` is bound once at wrap time, so a call allocates no closure (these run on every request).
  async function attemptLoop<R, T>(
    call: (req: R, ctx: CallContext) => Promise<T>,
    req: R,
    ctx: CallContext,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call(req, ctx);
      } catch (error) {
        const delay = plan(error, attempt, ctx);
        if (delay === undefined) throw error;
        options.onRetry?.({ attempt: attempt + 1, delayMs: delay, error });
        await sleep(delay, ctx.signal);
      }
    }
  }

  /** Opens the stream, retrying until a first chunk arrives; from then on it is committed. */
  async function openStream(req: ChatRequest, ctx: CallContext): Promise<AsyncIterator<ChatChunk>> {
    for (let attempt = 0; ; attempt++) {
      const it = next.chatStream(req, ctx)[Symbol.asyncIterator]();
      let first: IteratorResult<ChatChunk>;
      try {
        first = await it.next();
      } catch (error) {
        const delay = plan(error, attempt, ctx);
        if (delay === undefined) throw error;
        options.onRetry?.({ attempt: attempt + 1, delayMs: delay, error });
        await sleep(delay, ctx.signal);
        continue;
      }
      // Committed to this attempt: errors from here on reach the caller.
      return first.done ? emptyIterator() : passThrough(it, { value: first.value });
    }
  }

  const chat = next.chat.bind(next);
  const embeddings = next.embeddings?.bind(next);
  return {
    chat: (req, ctx) => attemptLoop(chat, req, ctx),
    chatStream: (req, ctx) => deferred(() => openStream(req, ctx)),
    ...(embeddings ? { embeddings: (req, ctx) => attemptLoop(embeddings, req, ctx) } : {}),
  };
}
