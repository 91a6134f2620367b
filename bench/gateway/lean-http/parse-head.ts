/**
 * A strict HTTP/1.1 request-head parser. The gateway sits in front of other services, so anything two parsers could
 * read differently (request smuggling) is refused instead of guessed at: both Content-Length and Transfer-Encoding,
 * a repeated Content-Length, Transfer-Encoding other than `chunked`, folded header lines, whitespace before the colon,
 * bare CR or LF, control characters, non-token names and methods.
 */

/** Request head as the gateway sees it: header names lower-cased, repeated headers joined with ", ". */
export interface RequestHead {
  method: string;
  /** The request target in origin form (`/v1/models?x=1`) or `*`. */
  url: string;
  /** 0 for HTTP/1.0, 1 for HTTP/1.1. */
  minor: number;
  headers: Record<string, string | undefined>;
  /** Byte offset just after the blank line that ends the head. */
  end: number;
  /** -1 when there is no body framing (no body). */
  contentLength: number;
  chunked: boolean;
  keepAlive: boolean;
  expectContinue: boolean;
}

/** Why a head was refused; `status` is what the client is told (400, 431, 501, 505, 417). */
export interface HeadError {
  status: number;
  message: string;
}

export const MAX_HEAD_BYTES = 16 * 1024;
export const MAX_HEADERS = 100;
const HEAD_END = Buffer.from('\r\n\r\n');

// RFC 9110 tchar: ! # $ % & ' * + - . ^ _ ` | ~ DIGIT ALPHA
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A field value: visible ASCII, SP, HTAB and obs-text; no CR, LF, NUL or other controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_VALUE = /[\x00-\x08\x0a-\x1f\x7f]/;
// Origin form (no spaces or controls, no fragment) or the asterisk form.
const TARGET = /^(?:\/[\x21-\x7e\x80-\xff]*|\*)$/;
const DIGITS = /^\d{1,15}$/;

/**
 * Parses the head at the start of `buf`. Returns `undefined` while the blank line has not arrived (the caller keeps
 * reading, up to MAX_HEAD_BYTES), a HeadError for anything malformed or ambiguous, else the head.
 *
 * @example
 * const head = parseHead(Buffer.from('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n'));
 */
export function parseHead(buf: Buffer): RequestHead | HeadError | undefined {
  const at = buf.indexOf(HEAD_END);
  if (at === -1) {
    return buf.length > MAX_HEAD_BYTES
      ? { status: 431, message: 'Request headers are too large' }
      : undefined;
  }
  if (at + 4 > MAX_HEAD_BYTES) return { status: 431, message: 'Request headers are too large' };
  const text = buf.toString('latin1', 0, at);
  const lineEnd = text.indexOf('\r\n');
  const requestLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const sp1 = requestLine.indexOf(' ');
  const sp2 = requestLine.indexOf(' ', sp1 + 1);
  if (sp1 <= 0 || sp2 === -1 || requestLine.indexOf(' ', sp2 + 1) !== -1)
    return bad('Malformed request line');
  const method = requestLine.slice(0, sp1);
  const url = requestLine.slice(sp1 + 1, sp2);
  const version = requestLine.slice(sp2 + 1);
  if (!TOKEN.test(method)) return bad('Malformed request method');
  if (!TARGET.test(url)) return bad('Malformed request target');
  let minor: number;
  if (version === 'HTTP/1.1') minor = 1;
  else if (version === 'HTTP/1.0') minor = 0;
  else if (/^HTTP\/\d\.\d$/.test(version)) return { status: 505, message: 'HTTP version not supported' };
  else return bad('Malformed HTTP version');

  const headers: Record<string, string | undefined> = Object.create(null) as Record<
    string,
    string | undefined
  >;
  let count = 0;
  let contentLength = -1;
  let transferEncoding: string | undefined;
  let connection: string | undefined;
  let sawHost = false;
  let pos = lineEnd === -1 ? text.length : lineEnd + 2;
  while (pos < text.length) {
    let next = text.indexOf('\r\n', pos);
    if (next === -1) next = text.length;
    const line = text.slice(pos, next);
    pos = next + 2;
    if (++count > MAX_HEADERS) return { status: 431, message: 'Too many request headers' };
    const colon = line.indexOf(':');
    // A line starting with whitespace is obs-fold; whitespace before the colon is refused by the token test.
    if (colon <= 0) return bad('Malformed header line');
    const rawName = line.slice(0, colon);
    if (!TOKEN.test(rawName)) return bad('Malformed header name');
    const value = trimOws(line.slice(colon + 1));
    // Catches a bare CR or LF left inside a line by splitting on CRLF (the request line's parts are checked above).
    if (BAD_VALUE.test(value)) return bad('Malformed header value');
    const name = rawName.toLowerCase();
    switch (name) {
      case 'content-length':
        if (contentLength !== -1) return bad('Repeated Content-Length header');
        if (!DIGITS.test(value)) return bad('Malformed Content-Length header');
        contentLength = Number(value);
        break;
      case 'transfer-encoding':
        if (transferEncoding !== undefined) return bad('Repeated Transfer-Encoding header');
        transferEncoding = value.toLowerCase();
        break;
      case 'host':
        if (sawHost) return bad('Repeated Host header');
        sawHost = true;
        break;
      case 'connection':
        connection = connection === undefined ? value : `${connection}, ${value}`;
        break;
    }
    const prior = headers[name];
    headers[name] = prior === undefined ? value : `${prior}, ${value}`;
  }

  let chunked = false;
  if (transferEncoding !== undefined) {
    if (contentLength !== -1) return bad('Both Content-Length and Transfer-Encoding are present');
    if (minor === 0) return bad('Transfer-Encoding in an HTTP/1.0 request');
    if (transferEncoding !== 'chunked')
      return { status: 501, message: 'Only chunked transfer coding is supported' };
    chunked = true;
  }
  if (minor === 1 && !sawHost) return bad('Missing Host header');
  const conn = connection?.toLowerCase();
  const keepAlive =
    minor === 1
      ? !(conn !== undefined && hasToken(conn, 'close'))
      : conn !== undefined && hasToken(conn, 'keep-alive');
  const expect = headers.expect;
  if (expect !== undefined && expect.toLowerCase() !== '100-continue') {
    return { status: 417, message: 'Only "Expect: 100-continue" is supported' };
  }
  return {
    method,
    url,
    minor,
    headers,
    end: at + 4,
    contentLength,
    chunked,
    keepAlive,
    expectContinue: expect !== undefined && minor === 1,
  };
}

export function isHeadError(value: RequestHead | HeadError): value is HeadError {
  return 'status' in value;
}

function bad(message: string): HeadError {
  return { status: 400, message };
}

function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value.charCodeAt(start) === 32 || value.charCodeAt(start) === 9)) start++;
  while (end > start && (value.charCodeAt(end - 1) === 32 || value.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

function hasToken(list: string, token: string): boolean {
  for (const part of list.split(',')) if (part.trim() === token) return true;
  return false;
}
