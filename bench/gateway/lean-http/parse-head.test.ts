import { describe, expect, it } from 'vitest';
import { seededInt } from '../../../src/core/random.js';
import { ChunkedDecoder } from './chunked.js';
import { isHeadError, MAX_HEAD_BYTES, parseHead, type HeadError, type RequestHead } from './parse-head.js';

const ok = (text: string): RequestHead => {
  const head = parseHead(Buffer.from(text, 'latin1'));
  if (head === undefined || isHeadError(head))
    throw new Error(`expected a head, got ${JSON.stringify(head)}`);
  return head;
};
const refused = (text: string): HeadError => {
  const head = parseHead(Buffer.from(text, 'latin1'));
  if (head === undefined || !isHeadError(head))
    throw new Error(`expected a refusal, got ${JSON.stringify(head)}`);
  return head;
};

describe('parseHead', () => {
  it('reads method, target, version and headers (names lower-cased, repeats joined)', () => {
    const text =
      'POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: a\r\nContent-Type:  application/json \r\n' +
      'X-A: 1\r\nx-a: 2\r\nContent-Length: 12\r\n\r\n{"a":"body"}';
    const head = ok(text);
    expect(head).toMatchObject({
      method: 'POST',
      url: '/v1/chat/completions?x=1',
      minor: 1,
      contentLength: 12,
      chunked: false,
      keepAlive: true,
      expectContinue: false,
    });
    expect(head.headers['content-type']).toBe('application/json');
    expect(head.headers['x-a']).toBe('1, 2');
    expect(text.slice(head.end)).toBe('{"a":"body"}');
  });

  it('waits for the blank line', () => {
    expect(parseHead(Buffer.from('GET / HTTP/1.1\r\nhost: a\r\n'))).toBeUndefined();
  });

  it('keep-alive follows the version and Connection', () => {
    expect(ok('GET / HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n').keepAlive).toBe(false);
    expect(ok('GET / HTTP/1.0\r\n\r\n').keepAlive).toBe(false);
    expect(ok('GET / HTTP/1.0\r\nconnection: Keep-Alive\r\n\r\n').keepAlive).toBe(true);
  });

  it('accepts chunked and Expect: 100-continue', () => {
    const head = ok(
      'POST / HTTP/1.1\r\nhost: a\r\ntransfer-encoding: Chunked\r\nexpect: 100-continue\r\n\r\n',
    );
    expect(head.chunked).toBe(true);
    expect(head.expectContinue).toBe(true);
  });

  // Request smuggling and other ambiguity: each is refused, never guessed at.
  const cases: [string, string, number][] = [
    [
      'CL and TE',
      'POST / HTTP/1.1\r\nhost: a\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n',
      400,
    ],
    [
      'TE and CL',
      'POST / HTTP/1.1\r\nhost: a\r\ntransfer-encoding: chunked\r\ncontent-length: 3\r\n\r\n',
      400,
    ],
    ['repeated CL', 'POST / HTTP/1.1\r\nhost: a\r\ncontent-length: 3\r\ncontent-length: 3\r\n\r\n', 400],
    ['CL list', 'POST / HTTP/1.1\r\nhost: a\r\ncontent-length: 3, 3\r\n\r\n', 400],
    ['signed CL', 'POST / HTTP/1.1\r\nhost: a\r\ncontent-length: +3\r\n\r\n', 400],
    ['hex CL', 'POST / HTTP/1.1\r\nhost: a\r\ncontent-length: 0x3\r\n\r\n', 400],
    [
      'repeated TE',
      'POST / HTTP/1.1\r\nhost: a\r\ntransfer-encoding: chunked\r\ntransfer-encoding: chunked\r\n\r\n',
      400,
    ],
    ['TE gzip', 'POST / HTTP/1.1\r\nhost: a\r\ntransfer-encoding: gzip, chunked\r\n\r\n', 501],
    ['TE with junk', 'POST / HTTP/1.1\r\nhost: a\r\ntransfer-encoding: xchunked\r\n\r\n', 501],
    ['TE in HTTP/1.0', 'POST / HTTP/1.0\r\ntransfer-encoding: chunked\r\n\r\n', 400],
    ['obs-fold', 'GET / HTTP/1.1\r\nhost: a\r\nx-a: 1\r\n  2\r\n\r\n', 400],
    ['space before colon', 'GET / HTTP/1.1\r\nhost: a\r\ncontent-length : 3\r\n\r\n', 400],
    ['tab before colon', 'GET / HTTP/1.1\r\nhost: a\r\ntransfer-encoding\t: chunked\r\n\r\n', 400],
    ['bare LF in a header', 'GET / HTTP/1.1\r\nhost: a\nx-b: 1\r\n\r\n', 400],
    ['bare LF ending the request line', 'GET / HTTP/1.1\nhost: a\r\n\r\n', 400],
    ['bare CR in a value', 'GET / HTTP/1.1\r\nhost: a\rx-b: 1\r\n\r\n', 400],
    ['NUL in a value', 'GET / HTTP/1.1\r\nhost: a\r\nx-a: 1\x002\r\n\r\n', 400],
    ['non-token name', 'GET / HTTP/1.1\r\nhost: a\r\nx(a): 1\r\n\r\n', 400],
    ['empty name', 'GET / HTTP/1.1\r\nhost: a\r\n: 1\r\n\r\n', 400],
    ['no colon', 'GET / HTTP/1.1\r\nhost: a\r\nx-a 1\r\n\r\n', 400],
    ['missing Host', 'GET / HTTP/1.1\r\nx-a: 1\r\n\r\n', 400],
    ['repeated Host', 'GET / HTTP/1.1\r\nhost: a\r\nhost: b\r\n\r\n', 400],
    ['two spaces in the request line', 'GET  / HTTP/1.1\r\nhost: a\r\n\r\n', 400],
    ['space in the target', 'GET /a b HTTP/1.1\r\nhost: a\r\n\r\n', 400],
    ['absolute target', 'GET http://x/ HTTP/1.1\r\nhost: a\r\n\r\n', 400],
    ['lower-case version', 'GET / http/1.1\r\nhost: a\r\n\r\n', 400],
    ['HTTP/2.0', 'GET / HTTP/2.0\r\nhost: a\r\n\r\n', 505],
    ['non-token method', 'G(T / HTTP/1.1\r\nhost: a\r\n\r\n', 400],
    ['other Expect', 'POST / HTTP/1.1\r\nhost: a\r\nexpect: 200-ok\r\n\r\n', 417],
  ];
  it.each(cases)('refuses %s', (_name, text, status) => {
    expect(refused(text).status).toBe(status);
  });

  it('refuses heads over the size limit, complete or not, and too many headers', () => {
    const big = 'GET / HTTP/1.1\r\nhost: a\r\nx-a: ' + 'a'.repeat(MAX_HEAD_BYTES) + '\r\n\r\n';
    expect(refused(big).status).toBe(431);
    expect(parseHead(Buffer.from(big.slice(0, MAX_HEAD_BYTES + 10)))).toMatchObject({ status: 431 });
    let many = 'GET / HTTP/1.1\r\nhost: a\r\n';
    for (let i = 0; i < 120; i++) many += `x-${i}: 1\r\n`;
    expect(refused(many + '\r\n').status).toBe(431);
  });
});

describe('ChunkedDecoder', () => {
  const wire = '5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nx-trailer: 1\r\n\r\nNEXT';

  it('decodes the same body and leaves the same rest for every random split of the bytes', () => {
    const bytes = Buffer.from(wire);
    const next = seededInt(42);
    for (let round = 0; round < 300; round++) {
      const decoder = new ChunkedDecoder();
      let body = '';
      let carry = Buffer.alloc(0);
      let at = 0;
      while (at < bytes.length && !decoder.done) {
        const step = 1 + next(6);
        const piece = Buffer.concat([carry, bytes.subarray(at, at + step)]);
        at += step;
        const used = decoder.feed(piece, (data) => (body += data.toString()));
        carry = piece.subarray(used);
      }
      expect(decoder.error).toBeUndefined();
      expect(decoder.done).toBe(true);
      expect(body).toBe('hello, world');
      expect(Buffer.concat([carry, bytes.subarray(at)]).toString()).toBe('NEXT');
    }
  });

  it.each([
    ['a size with a sign', '+5\r\nhello\r\n0\r\n\r\n'],
    ['a size with spaces', '5 \r\nhello\r\n0\r\n\r\n'],
    ['a bare LF', '5\nhello\r\n0\r\n\r\n'],
    ['data longer than its size', '3\r\nhello\r\n0\r\n\r\n'],
    ['an oversized size', '123456789\r\n'],
    ['a malformed trailer', '0\r\nbad trailer\r\n\r\n'],
  ])('refuses %s', (_name, text) => {
    const decoder = new ChunkedDecoder();
    decoder.feed(Buffer.from(text), () => undefined);
    expect(decoder.error).toBeDefined();
  });
});
