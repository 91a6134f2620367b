/**
 * Incremental HTTP/1.1 message framing for the fault proxy. It only finds message boundaries
 * (head, body bytes, end) so HTTP-aware toxics can act on one response without buffering the
 * connection; it never interprets more than the framing headers.
 */

export interface HttpHead {
  /** Request method, or undefined for a response. */
  readonly method: string | undefined;
  /** Response status code, or 0 for a request. */
  readonly status: number;
  /** Lower-cased header names; repeated headers joined with ", ". */
  readonly headers: ReadonlyMap<string, string>;
}

export type HttpSegment =
  | { readonly kind: 'head'; readonly raw: Buffer; readonly head: HttpHead }
  /** Chunked framing bytes (chunk-size lines, CRLFs), not body content. */
  | { readonly kind: 'frame'; readonly raw: Buffer }
  /** Body content; `raw` is exactly the content bytes. */
  | { readonly kind: 'data'; readonly raw: Buffer }
  /** End of the message; `raw` holds the last-chunk line and trailers for chunked bodies (else empty). */
  | { readonly kind: 'end'; readonly raw: Buffer; readonly chunked: boolean };

type State = 'head' | 'fixed' | 'chunk-size' | 'chunk-data' | 'chunk-crlf' | 'trailers' | 'until-close';

const MAX_HEAD = 64 * 1024;
const EMPTY = Buffer.alloc(0);
const REQUEST_LINE = /^[A-Z]{3,12} \S+ HTTP\/1\.[01]$/;
const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/;

const TRANSFER_ENCODING = /\r\ntransfer-encoding:([^\r]*)/i;
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*([^\r]*?)[ \t]*(?:\r|$)/i;

/** A parsed head; the header map is built the first time a toxic asks for it (the hot path never does). */
class ParsedHead implements HttpHead {
  private map: Map<string, string> | undefined;

  constructor(
    readonly method: string | undefined,
    readonly status: number,
    private readonly text: string,
    private readonly from: number,
  ) {}

  get headers(): ReadonlyMap<string, string> {
    if (this.map) return this.map;
    const map = new Map<string, string>();
    if (this.from > 0) {
      for (const line of this.text.slice(this.from).split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        const prior = map.get(name);
        map.set(name, prior === undefined ? value : `${prior}, ${value}`);
      }
    }
    this.map = map;
    return map;
  }
}

export class HttpFramingError extends Error {
  /** Bytes the reader held or was given when it gave up; they were never returned as segments. */
  unconsumed: Buffer = EMPTY;
}

/** True when the first bytes of a connection look like an HTTP/1.x request line. */
export function looksLikeHttpRequest(first: Buffer): boolean {
  const end = first.indexOf('\r\n');
  if (end < 0) return false;
  return REQUEST_LINE.test(first.subarray(0, end).toString('latin1'));
}

/**
 * @example
 * const reader = new HttpMessageReader('response', () => 'POST');
 * for (const seg of reader.push(chunk)) if (seg.kind === 'data') count += seg.raw.length;
 */
export class HttpMessageReader {
  private state: State = 'head';
  private pending: Buffer = EMPTY;
  private remaining = 0;
  private tail: Buffer[] = [];
  /** Messages finished so far; responses pass it to `nextMethod` to pair with their request. */
  private completed = 0;

  /** @param nextMethod for responses: the method of the request this response answers (HEAD has no body). */
  constructor(
    private readonly kind: 'request' | 'response',
    private readonly nextMethod: (index: number) => string | undefined = () => undefined,
  ) {}

  /** Whether the reader is between messages (nothing partially read). */
  get idle(): boolean {
    return this.state === 'head' && this.pending.length === 0;
  }

  /** Bytes already consumed but not yet returned in a segment (a partial head, a last-chunk's trailers). */
  get carried(): number {
    return this.pending.length + this.tail.reduce((n, b) => n + b.length, 0);
  }

  push(chunk: Buffer): HttpSegment[] {
    const out: HttpSegment[] = [];
    const start = this.carried > 0 ? Buffer.concat([...this.tail, this.pending, chunk]) : chunk;
    let buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = EMPTY;
    try {
      while (buf.length > 0) {
        const used = this.step(buf, out);
        if (used < 0) {
          this.pending = buf;
          break;
        }
        buf = buf.subarray(used);
      }
    } catch (error) {
      if (error instanceof HttpFramingError) error.unconsumed = start;
      throw error;
    }
    return out;
  }

  /** The peer closed: a body delimited by the close ends here. */
  close(): HttpSegment[] {
    if (this.state === 'until-close') {
      this.state = 'head';
      return [{ kind: 'end', raw: EMPTY, chunked: false }];
    }
    return [];
  }

  /** Consumes a prefix of buf and returns its length, or -1 when more bytes are needed. */
  private step(buf: Buffer, out: HttpSegment[]): number {
    switch (this.state) {
      case 'head':
        return this.readHead(buf, out);
      case 'fixed': {
        const n = Math.min(this.remaining, buf.length);
        out.push({ kind: 'data', raw: buf.subarray(0, n) });
        this.remaining -= n;
        if (this.remaining === 0) this.finish(out, EMPTY, false);
        return n;
      }
      case 'until-close':
        out.push({ kind: 'data', raw: buf });
        return buf.length;
      case 'chunk-size': {
        const eol = buf.indexOf('\r\n');
        if (eol < 0) {
          if (buf.length > 1024) throw new HttpFramingError('chunk-size line too long');
          return -1;
        }
        const size = Number.parseInt(buf.subarray(0, eol).toString('latin1').split(';')[0] ?? '', 16);
        if (!Number.isFinite(size) || size < 0) throw new HttpFramingError('bad chunk size');
        if (size === 0) {
          this.state = 'trailers';
          this.tail = [buf.subarray(0, eol + 2)];
        } else {
          this.state = 'chunk-data';
          this.remaining = size;
          out.push({ kind: 'frame', raw: buf.subarray(0, eol + 2) });
        }
        return eol + 2;
      }
      case 'chunk-data': {
        const n = Math.min(this.remaining, buf.length);
        out.push({ kind: 'data', raw: buf.subarray(0, n) });
        this.remaining -= n;
        if (this.remaining === 0) {
          this.state = 'chunk-crlf';
          this.remaining = 2;
        }
        return n;
      }
      case 'chunk-crlf': {
        const n = Math.min(this.remaining, buf.length);
        out.push({ kind: 'frame', raw: buf.subarray(0, n) });
        this.remaining -= n;
        if (this.remaining === 0) this.state = 'chunk-size';
        return n;
      }
      case 'trailers': {
        const eol = buf.indexOf('\r\n');
        if (eol < 0) return -1;
        this.tail.push(buf.subarray(0, eol + 2));
        if (eol === 0) this.finish(out, Buffer.concat(this.tail), true);
        return eol + 2;
      }
    }
  }

  private readHead(buf: Buffer, out: HttpSegment[]): number {
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) {
      if (buf.length > MAX_HEAD) throw new HttpFramingError('header block too large');
      return -1;
    }
    const text = buf.subarray(0, end).toString('latin1');
    const eol = text.indexOf('\r\n');
    const first = eol < 0 ? text : text.slice(0, eol);
    // Only the framing headers are read here, on every message; the full map is built on demand
    // (by an HTTP toxic), which keeps the no-toxic path cheap.
    const from = eol < 0 ? 0 : eol + 2;
    let head: HttpHead;
    let bodyless: boolean;
    if (this.kind === 'request') {
      if (!REQUEST_LINE.test(first)) throw new HttpFramingError('not an HTTP request line');
      head = new ParsedHead(first.slice(0, first.indexOf(' ')), 0, text, from);
      bodyless = false;
    } else {
      const match = STATUS_LINE.exec(first);
      if (!match) throw new HttpFramingError('not an HTTP status line');
      const status = Number(match[1]);
      head = new ParsedHead(undefined, status, text, from);
      const method = this.nextMethod(this.completed);
      bodyless = method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
    }
    const te = TRANSFER_ENCODING.exec(text)?.[1]?.toLowerCase() ?? '';
    const cl = CONTENT_LENGTH.exec(text)?.[1];
    out.push({ kind: 'head', raw: buf.subarray(0, end + 4), head });
    if (bodyless) this.finish(out, EMPTY, false);
    else if (te.includes('chunked')) this.state = 'chunk-size';
    else if (cl !== undefined) {
      const length = Number(cl);
      if (!Number.isSafeInteger(length) || length < 0) throw new HttpFramingError('bad content-length');
      if (length === 0) this.finish(out, EMPTY, false);
      else {
        this.state = 'fixed';
        this.remaining = length;
      }
    } else if (this.kind === 'request') this.finish(out, EMPTY, false);
    else this.state = 'until-close';
    return end + 4;
  }

  private finish(out: HttpSegment[], raw: Buffer, chunked: boolean): void {
    out.push({ kind: 'end', raw, chunked });
    this.completed++;
    this.state = 'head';
    this.tail = [];
  }
}

/** Encodes body bytes as one HTTP/1.1 chunk. */
export function encodeChunk(data: Buffer): Buffer {
  if (data.length === 0) return EMPTY;
  return Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`, 'latin1'), data, Buffer.from('\r\n')]);
}
