import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { BastionError } from '../../../src/core/errors/index.js';
import { ChunkedDecoder } from './chunked.js';
import { isHeadError, parseHead, type RequestHead } from './parse-head.js';
import { bodyTimeout, bodyTooLarge, HttpRequest, type BodySource } from './request.js';
import { HttpResponse, type ResponseOwner } from './response.js';

export type HttpHandler = (req: HttpRequest, res: HttpResponse) => void;

export interface HttpServerOptions {
  /** Bytes; a larger body is not read (the request fails with 413 and its connection closes). */
  bodyLimit: number;
  /** Milliseconds from a request's first byte to the end of its head. */
  headersTimeout: number;
  /** Milliseconds from a request's first byte to the end of its body. */
  requestTimeout: number;
  /** Milliseconds an idle keep-alive connection stays open. */
  keepAliveTimeout: number;
  tls?: { cert: Buffer; key: Buffer };
  /** A request refused before the handler saw it (malformed, too large, too slow): for the log line. */
  onProtocolError?: (status: number, message: string) => void;
}

export interface HttpServer {
  readonly server: Server;
  /** Requests from now on go to this handler (a config reload). */
  setHandler(handler: HttpHandler): void;
  /** Closes connections waiting for a request; busy ones close after their response. */
  closeIdle(): void;
  /** Stops accepting and closes idle connections; resolves when every connection is gone. */
  close(): Promise<void>;
  /** Destroys every connection now. */
  destroyAll(): void;
}

const PAUSE_AT = 64 * 1024;
const IDLE = 0;
const HEAD = 1;
const BODY = 2;
const BUSY = 3;
/** Our side ended; the client has a grace period to close its side. */
const CLOSING = 4;

/**
 * A lean HTTP/1.1 listener on `net` (or `tls`): one object per connection instead of node:http's request, response,
 * header and parser objects, and one socket write per answer. Requests on a connection are answered strictly in
 * order (pipelined bytes wait until the answer before them has ended).
 *
 * A MEASURED PROTOTYPE, not the gateway's listener: bench/gateway/listener-ab.ts runs it beside node:http with the
 * same handler, and it saved ~11-13 µs CPU per request, ~5 % of the gateway's ~229 µs: below the 20 % that would
 * justify owning an HTTP server (BENCHMARKS.md, Gateway, fourth session of 2026-11-26). Kept so that the
 * measurement can be repeated; its tests: `npx vitest run -c bench/gateway/lean-http/vitest.config.ts`.
 */
export function createHttpServer(options: HttpServerOptions, first: HttpHandler): HttpServer {
  let handler = first;
  const connections = new Set<Connection>();
  let closing = false;
  const onSocket = (socket: Socket): void => {
    socket.setNoDelay(true);
    const conn = new Connection(socket, options, (req, res) => handler(req, res));
    connections.add(conn);
    socket.on('close', () => connections.delete(conn));
    if (closing) conn.closeIfIdle();
  };
  const server = options.tls
    ? createTlsServer({ cert: options.tls.cert, key: options.tls.key, allowHalfOpen: true }, onSocket)
    : createNetServer({ allowHalfOpen: true, noDelay: true }, onSocket);
  // Deadlines by a periodic sweep (as node:http does): no timer per request on the hot path.
  const interval = Math.max(
    100,
    Math.min(1000, Math.floor(Math.min(options.headersTimeout, options.keepAliveTimeout) / 4)),
  );
  let sweep: NodeJS.Timeout | undefined;
  server.on('listening', () => {
    sweep ??= setInterval(() => {
      const now = Date.now();
      for (const conn of connections) conn.checkDeadlines(now);
    }, interval).unref();
  });
  server.on('close', () => clearInterval(sweep));
  // A TLS handshake that fails is the client's problem: never an unhandled error.
  server.on('tlsClientError', (_error: Error, socket: Socket) => socket.destroy());
  return {
    server,
    setHandler(next) {
      handler = next;
    },
    closeIdle() {
      closing = true;
      for (const conn of connections) conn.closeIfIdle();
    },
    close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const conn of connections) conn.closeIfIdle();
      return stopped;
    },
    destroyAll() {
      for (const conn of connections) conn.socket.destroy();
    },
  };
}

class Connection implements ResponseOwner, BodySource {
  readonly keepAliveSeconds: number;
  private buf: Buffer | undefined;
  private state = IDLE;
  /** When the current state's deadline started (ms since epoch). */
  private since = Date.now();
  private req: HttpRequest | undefined;
  private res: HttpResponse | undefined;
  private head: RequestHead | undefined;
  private remaining = 0;
  private decoder: ChunkedDecoder | undefined;
  private continueSent = false;
  /** The client half-closed, or the body was not read: close after the current answer. */
  private closeAfter = false;
  private paused = false;

  constructor(
    readonly socket: Socket,
    private readonly options: HttpServerOptions,
    private readonly handler: HttpHandler,
  ) {
    this.keepAliveSeconds = Math.floor(options.keepAliveTimeout / 1000);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('error', () => undefined);
    socket.on('close', () => this.onClose());
  }

  private onData(chunk: Buffer): void {
    if (this.state === CLOSING) return;
    if (this.state === IDLE) {
      this.state = HEAD;
      this.since = Date.now();
    }
    this.buf = this.buf === undefined || this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    this.run();
  }

  /** Parses and dispatches what the buffer holds, as far as the current state allows. */
  private run(): void {
    while (this.buf !== undefined && this.buf.length > 0) {
      if (this.state === HEAD || this.state === IDLE) {
        if (this.state === IDLE) {
          this.state = HEAD;
          this.since = Date.now();
        }
        const head = parseHead(this.buf);
        if (head === undefined) return;
        if (isHeadError(head)) return this.refuse(head.status, head.message);
        this.buf = this.buf.subarray(head.end);
        this.startRequest(head);
        continue;
      }
      if (this.state === BODY) {
        this.feedBody();
        // Still in the body: every byte here was used or is an incomplete chunk line waiting for more.
        if (this.state === BODY) return;
        continue;
      }
      // BUSY: pipelined bytes wait for the answer before them; stop reading if a client floods us meanwhile.
      if (this.buf.length > PAUSE_AT && !this.paused) {
        this.paused = true;
        this.socket.pause();
      }
      return;
    }
  }

  private startRequest(head: RequestHead): void {
    const req = new HttpRequest(head, this);
    const res = new HttpResponse(
      this,
      head.keepAlive && !this.closeAfter,
      head.minor,
      head.method === 'HEAD',
    );
    this.req = req;
    this.res = res;
    this.head = head;
    this.continueSent = false;
    this.since = Date.now();
    if (head.chunked) {
      this.decoder = new ChunkedDecoder();
      this.state = BODY;
    } else if (head.contentLength > 0) {
      if (head.contentLength > this.options.bodyLimit) {
        // Never read: the answer says 413 and the connection closes after it.
        req.failBody(bodyTooLarge(this.options.bodyLimit));
        this.closeAfter = true;
        res.keepAlive = false;
        this.state = BUSY;
      } else {
        this.remaining = head.contentLength;
        this.state = BODY;
      }
    } else {
      req.endBody();
      this.state = BUSY;
    }
    if (this.state === BODY) this.feedBody();
    this.handler(req, res);
  }

  private feedBody(): void {
    const req = this.req as HttpRequest;
    const buf = this.buf;
    if (buf === undefined || buf.length === 0) return;
    if (this.decoder) {
      const decoder = this.decoder;
      const used = decoder.feed(buf, (data) => req.pushBody(data));
      this.buf = buf.subarray(used);
      if (decoder.error !== undefined) {
        req.failBody(malformedBody(decoder.error));
        return this.stopBody();
      }
      if (req.received > this.options.bodyLimit) {
        req.failBody(bodyTooLarge(this.options.bodyLimit));
        return this.stopBody();
      }
      if (decoder.done) {
        this.decoder = undefined;
        this.state = BUSY;
        req.endBody();
      }
      return;
    }
    const take = Math.min(this.remaining, buf.length);
    req.pushBody(take === buf.length ? buf : buf.subarray(0, take));
    this.buf = take === buf.length ? undefined : buf.subarray(take);
    this.remaining -= take;
    if (this.remaining === 0) {
      this.state = BUSY;
      req.endBody();
    }
  }

  /** The body will not be read further: the rest of it is dropped and the connection closes after the answer. */
  private stopBody(): void {
    this.decoder = undefined;
    this.state = BUSY;
    this.closeAfter = true;
    this.buf = undefined;
    if (this.res) this.res.keepAlive = false;
  }

  continueBody(req: HttpRequest): void {
    if (req !== this.req || this.continueSent || !this.head?.expectContinue || this.state !== BODY) return;
    this.continueSent = true;
    this.socket.write('HTTP/1.1 100 Continue\r\n\r\n');
  }

  responseDone(res: HttpResponse): void {
    if (res !== this.res) return;
    const bodyUnread = this.state === BODY;
    this.req = undefined;
    this.res = undefined;
    this.head = undefined;
    if (!res.keepAlive || this.closeAfter || bodyUnread) return this.endSocket();
    this.state = IDLE;
    this.since = Date.now();
    if (this.paused) {
      this.paused = false;
      this.socket.resume();
    }
    // Pipelined requests already here: answered in order, after this one (never inside its call stack).
    if (this.buf !== undefined && this.buf.length > 0) queueMicrotask(() => this.run());
  }

  private onEnd(): void {
    // The client went away (as node:http sees a FIN without httpAllowHalfOpen): work in progress for it stops.
    this.closeAfter = true;
    this.req?.failBody(bodyTimeout('The client closed the connection mid-body'));
    this.res?.closed();
    this.req = undefined;
    this.res = undefined;
    this.endSocket();
  }

  private endSocket(): void {
    this.state = CLOSING;
    this.since = Date.now();
    this.buf = undefined;
    this.socket.end();
  }

  private onClose(): void {
    this.req?.failBody(bodyTimeout('The client closed the connection mid-body'));
    this.res?.closed();
    this.req = undefined;
    this.res = undefined;
    this.buf = undefined;
  }

  closeIfIdle(): void {
    if (this.res === undefined) this.socket.destroy();
    else {
      this.closeAfter = true;
      if (!this.res.headersSent) this.res.keepAlive = false;
    }
  }

  checkDeadlines(now: number): void {
    const elapsed = now - this.since;
    if (this.state === IDLE || this.state === CLOSING) {
      if (elapsed > this.options.keepAliveTimeout) this.socket.destroy();
    } else if (this.state === HEAD) {
      if (elapsed > this.options.headersTimeout)
        this.refuse(408, 'The client did not send the request in time');
    } else if (this.state === BODY && elapsed > this.options.requestTimeout) {
      this.req?.failBody(
        bodyTimeout(`The request body was not received within ${this.options.requestTimeout} ms`),
      );
      this.stopBody();
    }
  }

  /** A request that cannot be read: a JSON error, then the connection closes. */
  private refuse(status: number, message: string): void {
    this.options.onProtocolError?.(status, message);
    this.state = BUSY;
    this.buf = undefined;
    const body = JSON.stringify({
      error: {
        message,
        type: 'invalid_request_error',
        code: status === 408 ? 'BASTION_ERR_GATEWAY_REQUEST_TIMEOUT' : 'BASTION_ERR_GATEWAY_REQUEST_INVALID',
        param: null,
      },
    });
    const res = new HttpResponse(this, false, 1, false);
    this.res = res;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  }
}

function malformedBody(message: string): BastionError {
  return new BastionError('BASTION_ERR_GATEWAY_BODY_MALFORMED', `Malformed chunked request body: ${message}`);
}
