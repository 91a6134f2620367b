import type { IncomingHttpHeaders } from 'node:http';
import { util, type Dispatcher } from 'undici';
import { BastionError } from '../core/errors/index.js';
import type { CallSignal } from './call-signal.js';
import type { EgressResponse } from './egress.js';

/** Bytes queued for a body consumer before the socket is paused (backpressure for slow stream readers). */
const HIGH_WATER = 64 * 1024;

export interface ExchangeOptions {
  origin: string;
  signal: CallSignal | undefined;
  maxBody: number;
  /** Whole exchange, headers and body, in ms (the caller's deadline already folded in). */
  budget: number;
  /** Maps transport errors; `inBody` says whether response bytes had started arriving. */
  mapError(error: unknown, inBody: boolean): BastionError;
}

type Phase = 'waiting' | 'body' | 'complete' | 'failed' | 'disposed';

/**
 * One upstream HTTP exchange driven by undici's dispatch handler: the response body arrives here as raw chunks,
 * with no `Readable` stream, request handler and body-consumer objects in between (what `pool.request` builds
 * for every call). Measured on loopback, a JSON call costs ~10 µs less CPU this way. The handler keeps
 * everything `pool.request` guaranteed: the caller's signal aborts at once (before or during the body), one timer
 * bounds the whole exchange, the body is bounded for `text()`, a slow stream reader pauses the socket, and
 * `dispose()` drops an unfinished body (undici then closes that connection instead of reusing it).
 */
export class UpstreamExchange implements Dispatcher.DispatchHandler, EgressResponse {
  status = 0;
  private rawHeaders: Buffer[] = [];
  private parsedHeaders: IncomingHttpHeaders | undefined;
  private phase: Phase = 'waiting';
  private abortRequest: ((reason: Error) => void) | undefined;
  private pendingAbort: Error | undefined;
  private resumeSocket: (() => void) | undefined;
  private paused = false;
  private readonly parts: Buffer[] = [];
  private queued = 0;
  private size = 0;
  private failure: unknown;
  private textMode = false;
  private waiter: { resolve(value: IteratorResult<Buffer>): void; reject(error: unknown): void } | undefined;
  private textWaiter: { resolve(text: string): void; reject(error: unknown): void } | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly onAbort = (): void => this.cancel(abortReason(this.options.signal));
  private resolveHeaders!: (response: EgressResponse) => void;
  private rejectHeaders!: (error: BastionError) => void;
  /** Settles when the response headers arrived (or the exchange failed before). */
  readonly ready: Promise<EgressResponse>;

  constructor(private readonly options: ExchangeOptions) {
    this.ready = new Promise<EgressResponse>((resolve, reject) => {
      this.resolveHeaders = resolve;
      this.rejectHeaders = reject;
    });
    this.timer = setTimeout(() => this.timeout(), options.budget);
    options.signal?.addEventListener('abort', this.onAbort);
  }

  // --- undici's dispatch handler (legacy callback form: the one undici calls without a wrapper) ---

  onConnect(abort: (reason?: Error) => void): void {
    this.abortRequest = abort;
    if (this.pendingAbort) abort(this.pendingAbort);
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    // 1xx informational responses (100 Continue, 103 Early Hints) are not the answer.
    if (statusCode < 200) return true;
    if (this.phase !== 'waiting') return false;
    this.status = statusCode;
    this.rawHeaders = rawHeaders;
    this.resumeSocket = resume;
    this.phase = 'body';
    this.resolveHeaders(this);
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.phase !== 'body') return false;
    this.size += chunk.length;
    if (this.textMode && this.size > this.options.maxBody) {
      this.fail(this.tooLarge());
      return false;
    }
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter.resolve({ done: false, value: chunk });
      return true;
    }
    this.parts.push(chunk);
    this.queued += chunk.length;
    if (!this.textMode && this.queued > HIGH_WATER) {
      this.paused = true;
      return false;
    }
    return true;
  }

  onComplete(): void {
    if (this.phase !== 'body') return;
    this.phase = 'complete';
    this.release();
    const text = this.textWaiter;
    if (text) {
      this.textWaiter = undefined;
      text.resolve(this.takeText());
    }
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter.resolve({ done: true, value: undefined });
    }
  }

  onError(error: Error): void {
    if (this.phase === 'waiting') {
      this.phase = 'failed';
      this.release();
      this.rejectHeaders(this.options.mapError(error, false));
      return;
    }
    if (this.phase === 'body') this.fail(error);
  }

  onUpgrade(): void {
    // Never asked for (no `upgrade` option): an upstream switching protocols is an invalid answer, whenever it comes.
    this.onError(new Error('unexpected protocol upgrade'));
  }

  // --- EgressResponse ---

  get headers(): IncomingHttpHeaders {
    // Parsed on first use: the hot path reads at most content-type (streams) and retry-after (errors).
    return (this.parsedHeaders ??= util.parseHeaders(this.rawHeaders) as IncomingHttpHeaders);
  }

  readonly streamError = (error: unknown): BastionError => this.options.mapError(error, true);

  text(): Promise<string> {
    if (this.phase === 'complete') return Promise.resolve(this.takeText());
    if (this.phase !== 'body') return Promise.reject(this.streamError(this.failure ?? new Error('disposed')));
    this.textMode = true;
    if (this.size > this.options.maxBody) {
      // Bytes that arrived before the caller chose text() count against the limit too.
      const error = this.tooLarge();
      this.fail(error);
      return Promise.reject(error);
    }
    if (this.paused) this.resume();
    return new Promise<string>((resolve, reject) => {
      this.textWaiter = {
        resolve,
        reject: (error: unknown) => reject(this.streamError(error)),
      };
    });
  }

  readonly body: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: (): AsyncIterator<Buffer> => ({
      next: () => this.next(),
      return: () => {
        this.dispose();
        return Promise.resolve({ done: true, value: undefined });
      },
    }),
  };

  async *chunks(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of this.body) yield chunk;
    } catch (error) {
      throw this.streamError(error);
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    if (this.phase === 'body' || this.phase === 'waiting') {
      this.phase = 'disposed';
      this.release();
      // Unread body: undici closes this connection (a half-read response cannot be reused).
      this.abortRequest?.(new Error('response body dropped by the gateway'));
      return;
    }
    this.release();
  }

  // --- internals ---

  private next(): Promise<IteratorResult<Buffer>> {
    const part = this.parts.shift();
    if (part !== undefined) {
      this.queued -= part.length;
      if (this.paused && this.queued <= HIGH_WATER / 2) this.resume();
      return Promise.resolve({ done: false, value: part });
    }
    if (this.phase === 'complete' || this.phase === 'disposed')
      return Promise.resolve({ done: true, value: undefined });
    if (this.phase === 'failed') return Promise.reject(this.failure);
    if (this.paused) this.resume();
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  private resume(): void {
    this.paused = false;
    this.resumeSocket?.();
  }

  private takeText(): string {
    const parts = this.parts;
    const text =
      parts.length === 1
        ? (parts[0] as Buffer).toString('utf8')
        : Buffer.concat(parts, this.queued).toString('utf8');
    parts.length = 0;
    this.queued = 0;
    return text;
  }

  /** A failure once the body had started: whoever reads the body gets it. */
  private fail(error: unknown): void {
    if (this.phase !== 'body') return;
    this.phase = 'failed';
    this.failure = error;
    this.release();
    this.abortRequest?.(error instanceof Error ? error : new Error(String(error)));
    const text = this.textWaiter;
    if (text) {
      this.textWaiter = undefined;
      text.reject(error);
    }
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter.reject(error);
    }
  }

  /** Stops the exchange for the caller (abort or deadline), before or during the body. */
  private cancel(error: Error): void {
    if (this.phase === 'waiting') {
      this.phase = 'failed';
      this.release();
      this.rejectHeaders(this.options.mapError(error, false));
      if (this.abortRequest) this.abortRequest(error);
      else this.pendingAbort = error;
      return;
    }
    this.fail(error);
  }

  private tooLarge(): BastionError {
    return new BastionError(
      'BASTION_ERR_PROVIDERS_INVALID_RESPONSE',
      `upstream body over ${this.options.maxBody} bytes`,
      { details: { origin: this.options.origin } },
    );
  }

  private timeout(): void {
    this.cancel(
      new BastionError('BASTION_ERR_PROVIDERS_TIMEOUT', undefined, {
        details: { origin: this.options.origin, afterMs: this.options.budget },
      }),
    );
  }

  private release(): void {
    clearTimeout(this.timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
  }
}

function abortReason(signal: CallSignal | undefined): Error {
  const reason = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('This operation was aborted', 'AbortError');
}
