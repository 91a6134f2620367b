import { BastionError } from '../core/errors/index.js';
import { withMembers } from '../core/objects.js';
import type { AdapterContext } from './adapter-context.js';
import { originOf, type EgressResponse } from './egress.js';
import { createSseParser, type SseEvent } from './sse.js';
import { parseRetryAfter } from './retry-after.js';
import type { CallContext, ChatChunk } from './types.js';
import { upstreamHttpError } from './upstream-error.js';

/** Largest upstream error body kept for the error message (the rest is dropped). */
const ERROR_BODY_LIMIT = 16 * 1024;

export interface UpstreamHttp {
  /** POSTs JSON to `baseUrl + path`; resolves on 2xx, throws the mapped BastionError otherwise. */
  post(path: string, body: string, model: string, call: CallContext): Promise<EgressResponse>;
  get(path: string, call: CallContext): Promise<EgressResponse>;
}

/**
 * The HTTP plumbing every HTTP adapter shares: URL and header assembly computed once per provider,
 * deadlines from the provider's timeouts, and status-to-error mapping.
 */
export function createUpstreamHttp(ctx: AdapterContext, authHeaders: Record<string, string>): UpstreamHttp {
  const { config, egress, clock, name } = ctx;
  if (!config.baseUrl) throw new BastionError('BASTION_ERR_CONFIG_INVALID', `provider ${name} needs baseUrl`);
  const origin = originOf(config.baseUrl);
  // Azure deployments put the model in the path: baseUrl …/deployments/{model}.
  const basePath = new URL(config.baseUrl).pathname.replace(/\/+$/, '');
  const modelInPath = basePath.includes('%7Bmodel%7D');
  const query = config.apiVersion ? `?api-version=${encodeURIComponent(config.apiVersion)}` : '';
  const baseHeaders: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...authHeaders,
    ...config.headers,
  };
  const { firstByte, total } = config.timeouts;

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    model: string,
    call: CallContext,
  ): Promise<EgressResponse> {
    const prefix = modelInPath ? basePath.replace('%7Bmodel%7D', encodeURIComponent(model)) : basePath;
    const res = await egress.request({
      origin,
      path: prefix + path + query,
      method,
      headers: withMembers(baseHeaders, { 'x-request-id': call.requestId }),
      body,
      signal: call.signal,
      firstByteTimeout: firstByte,
      totalTimeout: total,
      deadline: call.deadline,
    });
    if (res.status >= 200 && res.status < 300) return res;
    let text = '';
    try {
      text = (await res.text()).slice(0, ERROR_BODY_LIMIT);
    } catch (error) {
      // The status already says what happened; a body we cannot read only loses the upstream's wording.
      text = `(error body unreadable: ${String(error)})`;
    }
    throw upstreamHttpError(res.status, text, name, parseRetryAfter(res.headers['retry-after'], clock.now()));
  }

  return {
    post: (path, body, model, call) => send('POST', path, body, model, call),
    get: (path, call) => send('GET', path, undefined, '', call),
  };
}

/** Parses an upstream JSON body; anything else is an invalid response (never a crash). */
export function parseUpstreamJson(text: string, provider: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, {
      cause,
      details: { provider },
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, { details: { provider } });
  }
  return value as Record<string, unknown>;
}

export function invalidResponse(provider: string, why: string): BastionError {
  return new BastionError('BASTION_ERR_PROVIDERS_INVALID_RESPONSE', undefined, {
    details: { provider },
    cause: new Error(why),
  });
}

/**
 * Reads an SSE response and yields what `step` makes of each event, in ONE iterator over the socket (parsing is
 * push-style): the stream path's only per-chunk async layer. `end` runs after the body ended and throws when the
 * stream was incomplete.
 *
 * Hand-written rather than an async generator: a generator's `yield` awaits the value and resumes the generator
 * for every chunk (two promise hops); here the events of one socket read are handed out of a queue, one settled
 * promise each, and the body is read only when the queue is empty. Same contract as the generator it replaces:
 * transport and `step` errors surface through `res.streamError`, the body is disposed when the stream ends, fails or
 * the consumer stops early (`return()`), `end` runs after the body is disposed, and a closed iterator stays done.
 */
export function sseChunks(
  res: EgressResponse,
  step: (event: SseEvent) => ChatChunk | undefined,
  end: () => void,
): AsyncIterableIterator<ChatChunk> {
  return new SseChunks(res, step, end);
}

const SSE_DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

class SseChunks implements AsyncIterableIterator<ChatChunk> {
  private readonly parser = createSseParser();
  private readonly events: SseEvent[] = [];
  private at = 0;
  private readonly body: AsyncIterator<Buffer>;
  /** `reading`: the body is being read; `draining`: it ended, queued events remain; `closed`: done for good. */
  private phase: 'reading' | 'draining' | 'closed' = 'reading';
  private readonly onRead = (r: IteratorResult<Buffer>): Promise<IteratorResult<ChatChunk>> => {
    if (this.phase === 'closed') return Promise.resolve(SSE_DONE);
    try {
      if (r.done) {
        this.phase = 'draining';
        this.parser.end(this.events);
      } else this.parser.push(r.value, this.events);
    } catch (error) {
      return Promise.reject(this.fail(error));
    }
    return this.next();
  };
  private readonly onReadError = (error: unknown): never => {
    throw this.fail(error);
  };

  constructor(
    private readonly res: EgressResponse,
    private readonly step: (event: SseEvent) => ChatChunk | undefined,
    private readonly end: () => void,
  ) {
    this.body = res.body[Symbol.asyncIterator]();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChatChunk> {
    return this;
  }

  next(): Promise<IteratorResult<ChatChunk>> {
    if (this.phase === 'closed') return Promise.resolve(SSE_DONE);
    const events = this.events;
    try {
      while (this.at < events.length) {
        const chunk = this.step(events[this.at++] as SseEvent);
        if (chunk !== undefined) return Promise.resolve({ done: false, value: chunk });
      }
    } catch (error) {
      return Promise.reject(this.fail(error));
    }
    events.length = 0;
    this.at = 0;
    if (this.phase === 'draining') {
      this.phase = 'closed';
      this.res.dispose();
      try {
        this.end();
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve(SSE_DONE);
    }
    return this.body.next().then(this.onRead, this.onReadError);
  }

  return(): Promise<IteratorResult<ChatChunk>> {
    if (this.phase !== 'closed') {
      this.phase = 'closed';
      this.res.dispose();
    }
    return Promise.resolve(SSE_DONE);
  }

  /** Closes the stream after a transport or parse failure; returns the error the consumer sees. */
  private fail(error: unknown): unknown {
    this.phase = 'closed';
    this.res.dispose();
    return this.res.streamError(error);
  }
}
