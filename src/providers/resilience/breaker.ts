/**
 * A per-upstream circuit breaker (Nygard, "Release It!"): after `failureThreshold` consecutive failures it opens
 * and fails calls at once for `cooldown`, sparing a struggling upstream and our callers' latency; then one probe
 * is let through (half-open): success closes it, failure opens it for another cooldown. Only failures that say
 * the upstream is unhealthy count (5xx, timeouts, connection and protocol errors), never a caller's bad request
 * or a client that went away.
 */
import { systemClock, type Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import type { CallContext, ChatChunk, ChatRequest, ModelAdapter } from '../types.js';
import { countsAgainstBreaker } from '../upstream-error.js';
import { deferred, passThrough } from './iterators.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerEvent {
  upstream: string;
  from: BreakerState;
  to: BreakerState;
  /** Clock `now()` of the transition. */
  at: number;
}

export interface BreakerOptions {
  upstream: string;
  failureThreshold: number;
  cooldown: number;
  clock?: Clock;
  /** Every state transition, for metrics (`bastion_breaker_state`) and logs. */
  onStateChange?: (event: BreakerEvent) => void;
}

/** What `enter` hands out: whether this call is the half-open probe. */
export type BreakerTicket = 'normal' | 'probe';

export interface CircuitBreaker {
  readonly upstream: string;
  readonly state: BreakerState;
  /** Admits a call or throws BASTION_ERR_PROVIDERS_CIRCUIT_OPEN (with `retryAfterSeconds`). */
  enter(): BreakerTicket;
  success(ticket: BreakerTicket): void;
  failure(ticket: BreakerTicket, error: unknown): void;
  /** The call ended with no verdict on the upstream (caller aborted). */
  release(ticket: BreakerTicket): void;
}

export function createCircuitBreaker(options: BreakerOptions): CircuitBreaker {
  const clock = options.clock ?? systemClock;
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probing = false;

  const move = (to: BreakerState): void => {
    const from = state;
    if (from === to) return;
    state = to;
    options.onStateChange?.({ upstream: options.upstream, from, to, at: clock.now() });
  };
  const open = (): void => {
    openedAt = clock.now();
    failures = 0;
    move('open');
  };
  const rejected = (retryAfterMs: number): BastionError =>
    new BastionError('BASTION_ERR_PROVIDERS_CIRCUIT_OPEN', undefined, {
      details: { upstream: options.upstream, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) },
    });

  return {
    upstream: options.upstream,
    get state() {
      return state;
    },
    enter() {
      if (state === 'closed') return 'normal';
      if (state === 'open') {
        const left = openedAt + options.cooldown - clock.now();
        if (left > 0) throw rejected(left);
        move('half-open');
      }
      // half-open: exactly one probe at a time; everyone else is turned away until it reports.
      if (probing) throw rejected(options.cooldown);
      probing = true;
      return 'probe';
    },
    success(ticket) {
      if (ticket === 'probe') {
        probing = false;
        move('closed');
      }
      failures = 0;
    },
    failure(ticket, error) {
      if (!countsAgainstBreaker(error)) {
        this.release(ticket);
        return;
      }
      if (ticket === 'probe') {
        probing = false;
        open();
        return;
      }
      if (state !== 'closed') return; // a straggler from before the circuit opened
      failures++;
      if (failures >= options.failureThreshold) open();
    },
    release(ticket) {
      if (ticket === 'probe') probing = false;
    },
  };
}

/**
 * Wraps an adapter with a breaker. A stream counts as a success once it completes, or once it delivered chunks
 * and the caller stopped early (the upstream was answering).
 */
export function withBreaker(next: ModelAdapter, breaker: CircuitBreaker): ModelAdapter {
  async function guarded<R, T>(
    call: (req: R, ctx: CallContext) => Promise<T>,
    req: R,
    ctx: CallContext,
  ): Promise<T> {
    const ticket = breaker.enter();
    try {
      const result = await call(req, ctx);
      breaker.success(ticket);
      return result;
    } catch (error) {
      breaker.failure(ticket, error);
      throw error;
    }
  }

  function chatStream(req: ChatRequest, ctx: CallContext): AsyncIterable<ChatChunk> {
    return deferred(async () => {
      const ticket = breaker.enter();
      let it: AsyncIterator<ChatChunk>;
      try {
        it = next.chatStream(req, ctx)[Symbol.asyncIterator]();
      } catch (error) {
        breaker.failure(ticket, error); // never leave a half-open probe admitted forever
        throw error;
      }
      return passThrough(it, undefined, {
        done: () => breaker.success(ticket),
        error: (error) => breaker.failure(ticket, error),
        returned: (delivered) => (delivered ? breaker.success(ticket) : breaker.release(ticket)),
      });
    });
  }

  const chat = next.chat.bind(next);
  const embeddings = next.embeddings?.bind(next);
  return {
    chat: (req, ctx) => guarded(chat, req, ctx),
    chatStream,
    ...(embeddings ? { embeddings: (req, ctx) => guarded(embeddings, req, ctx) } : {}),
  };
}
