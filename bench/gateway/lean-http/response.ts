import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';

/** What the response tells its connection: it ended (the next request may be read) or the socket must go. */
export interface ResponseOwner {
  readonly socket: Socket;
  /** The idle timeout announced in `keep-alive: timeout=N`. */
  readonly keepAliveSeconds: number;
  responseDone(res: HttpResponse): void;
}

export type HeaderValue = string | number;

// Response splitting: a header value must never carry CR or LF (or other controls) into the head.
const BAD_HEADER = /[^\t\x20-\x7e]/;

let dateAt = 0;
let dateHeader = '';
/** The Date header, formatted at most once a second (RFC 9110 asks origin servers to send it). */
function date(): string {
  const now = Date.now();
  if (now - dateAt >= 1000) {
    dateAt = now - (now % 1000);
    dateHeader = `date: ${new Date(dateAt).toUTCString()}\r\n`;
  }
  return dateHeader;
}

function flushLater(res: HttpResponse): void {
  res.flushPending();
}

/**
 * One response on a connection of the lean server. A fixed-length answer leaves in ONE socket write (head and
 * body together); a streamed answer (`write` without a content-length) uses chunked encoding and gathers the
 * writes of one tick into one chunk and one socket write.
 */
export class HttpResponse {
  statusCode = 200;
  headersSent = false;
  writableEnded = false;
  /** The socket closed (client gone or destroy()) before the response ended. */
  destroyed = false;
  /** False: the connection closes after this response (set before the head is sent to say so in it). */
  keepAlive: boolean;
  private head = '';
  private chunked = false;
  private fixedLength = -1;
  private pending = '';
  private flushQueued = false;
  private held = false;
  private closeListeners: (() => void)[] | undefined;

  constructor(
    private readonly owner: ResponseOwner,
    keepAlive: boolean,
    private readonly minor: number,
    private readonly headOnly: boolean,
  ) {
    this.keepAlive = keepAlive;
  }

  writeHead(status: number, headers: Readonly<Record<string, HeaderValue | undefined>> = {}): this {
    if (this.headersSent) throw new Error('writeHead called twice');
    this.statusCode = status;
    let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Unknown'}\r\n`;
    for (const name in headers) {
      const value = headers[name];
      if (value === undefined) continue;
      const text = typeof value === 'number' ? String(value) : value;
      if (BAD_HEADER.test(name) || BAD_HEADER.test(text)) throw new Error(`Invalid response header ${name}`);
      if (name === 'content-length') this.fixedLength = Number(text);
      else if (name === 'connection') {
        if (text.toLowerCase() === 'close') this.keepAlive = false;
        continue;
      }
      head += `${name}: ${text}\r\n`;
    }
    this.head = head + date();
    this.headersSent = true;
    return this;
  }

  /** Streams a piece of the body; returns false when the socket's buffer is full (wait for `onceDrain`). */
  write(chunk: string): boolean {
    if (this.writableEnded || this.destroyed) return false;
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (chunk.length > 0) {
      this.pending += chunk;
      if (!this.flushQueued) {
        this.flushQueued = true;
        process.nextTick(flushLater, this);
      }
    }
    return !this.owner.socket.writableNeedDrain;
  }

  /**
   * Keeps what was written in this tick back until `end()`: the tail of a stream then leaves with its final
   * event in one socket write.
   */
  hold(): void {
    if (this.pending.length > 0) this.held = true;
  }

  /** Sends the pending writes (queued by `write` for the end of the tick). */
  flushPending(): void {
    this.flushQueued = false;
    if (this.held || this.writableEnded || this.destroyed || this.pending.length === 0) return;
    const data = this.pending;
    this.pending = '';
    this.owner.socket.write(this.startStream() + this.frame(data));
  }

  end(body?: string | Buffer): void {
    if (this.writableEnded || this.destroyed) return;
    this.writableEnded = true;
    if (!this.headersSent) this.writeHead(this.statusCode);
    const socket = this.owner.socket;
    if (this.head !== '' && !this.chunked && this.pending.length === 0) {
      // The whole answer at once: one write, head and body together.
      const length =
        body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      let head = this.head;
      if (this.fixedLength === -1 && !this.noBody()) head += `content-length: ${length}\r\n`;
      head += this.connectionHeader() + '\r\n';
      this.head = '';
      if (body === undefined || length === 0 || this.headOnly || this.noBody()) socket.write(head);
      else if (typeof body === 'string') socket.write(head + body);
      else {
        socket.cork();
        socket.write(head);
        socket.write(body);
        socket.uncork();
      }
    } else {
      const rest = this.pending + (body === undefined ? '' : body.toString());
      this.pending = '';
      socket.write(this.startStream() + this.frame(rest) + (this.chunked ? '0\r\n\r\n' : ''));
    }
    this.owner.responseDone(this);
  }

  /** Cuts the response (mid-stream errors): the client sees the connection close before the end. */
  destroy(): void {
    if (this.destroyed) return;
    this.owner.socket.destroy();
  }

  /** Called once if the connection closes before the response ended. */
  onClose(listener: () => void): void {
    (this.closeListeners ??= []).push(listener);
  }

  offClose(listener: () => void): void {
    const list = this.closeListeners;
    const i = list?.indexOf(listener) ?? -1;
    if (i !== -1) list?.splice(i, 1);
  }

  onceDrain(listener: () => void): void {
    this.owner.socket.once('drain', listener);
  }

  offDrain(listener: () => void): void {
    this.owner.socket.off('drain', listener);
  }

  /** The connection closed under the response (called by the connection). */
  closed(): void {
    if (this.writableEnded || this.destroyed) return;
    this.destroyed = true;
    const list = this.closeListeners;
    this.closeListeners = undefined;
    if (list) for (const listener of list) listener();
  }

  private noBody(): boolean {
    return (
      this.statusCode === 204 || this.statusCode === 304 || (this.statusCode >= 100 && this.statusCode < 200)
    );
  }

  private connectionHeader(): string {
    if (!this.keepAlive) return 'connection: close\r\n';
    // The hint node:http sends too: clients (undici) close an idle connection before the server does, so a request
    // never races the server's idle close (which would reset it).
    return this.minor === 0
      ? `connection: keep-alive\r\nkeep-alive: timeout=${this.owner.keepAliveSeconds}\r\n`
      : `keep-alive: timeout=${this.owner.keepAliveSeconds}\r\n`;
  }

  /** The head of a streamed response, the first time a piece of it leaves. */
  private startStream(): string {
    if (this.head === '') return '';
    let head = this.head;
    this.head = '';
    if (this.fixedLength === -1 && !this.headOnly && !this.noBody()) {
      // HTTP/1.0 has no chunked coding: the body then ends when the connection closes.
      if (this.minor === 1) {
        this.chunked = true;
        head += 'transfer-encoding: chunked\r\n';
      } else this.keepAlive = false;
    }
    return head + this.connectionHeader() + '\r\n';
  }

  private frame(data: string): string {
    if (data.length === 0 || this.headOnly) return '';
    return this.chunked ? `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n` : data;
  }
}
