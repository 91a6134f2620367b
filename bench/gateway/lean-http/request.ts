import { BastionError } from '../../../src/core/errors/index.js';
import type { RequestHead } from './parse-head.js';

/** What a request asks of its connection while its body is read. */
export interface BodySource {
  /** Sends `100 Continue` when the client waits for it before sending the body. */
  continueBody(req: HttpRequest): void;
}

/**
 * A request of the lean server: the parsed head and its body, which the connection collects (up to the body limit)
 * as it arrives; `readBody()` resolves at once when the whole body came with the head (the usual case).
 */
export class HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly httpVersionMinor: number;
  /** The body has been received completely. */
  complete = false;
  private chunks: Buffer[] = [];
  private size = 0;
  private failure: BastionError | undefined;
  private waiter: { resolve(body: Buffer): void; reject(error: BastionError): void } | undefined;

  constructor(
    head: RequestHead,
    private readonly source: BodySource,
  ) {
    this.method = head.method;
    this.url = head.url;
    this.headers = head.headers;
    this.httpVersionMinor = head.minor;
  }

  /** The whole body (empty when there is none); rejects with the 4xx the gateway answers. */
  readBody(): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.complete) return Promise.resolve(this.body());
    if (this.waiter) return Promise.reject(new Error('readBody called twice'));
    this.source.continueBody(this);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  /** Bytes received so far (the connection enforces the limit). */
  get received(): number {
    return this.size;
  }

  pushBody(data: Buffer): void {
    this.chunks.push(data);
    this.size += data.length;
  }

  endBody(): void {
    if (this.complete || this.failure) return;
    this.complete = true;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(this.body());
  }

  failBody(error: BastionError): void {
    if (this.complete || this.failure) return;
    this.failure = error;
    this.chunks = [];
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(error);
  }

  private body(): Buffer {
    const chunks = this.chunks;
    if (chunks.length === 1) return chunks[0] as Buffer;
    return chunks.length === 0 ? Buffer.alloc(0) : Buffer.concat(chunks, this.size);
  }
}

export function bodyTooLarge(limit: number): BastionError {
  return new BastionError(
    'BASTION_ERR_GATEWAY_BODY_TOO_LARGE',
    `Request body is larger than the limit of ${limit} bytes (server.bodyLimit)`,
    { details: { limit } },
  );
}

export function bodyTimeout(message: string): BastionError {
  return new BastionError('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT', message);
}
