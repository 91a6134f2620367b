import { describe, expect, it } from 'vitest';
import { HttpMessageReader, looksLikeHttpRequest } from './http-framing.js';

const reassemble = (reader: HttpMessageReader, chunks: string[]) => {
  const kinds: string[] = [];
  let raw = '';
  let body = '';
  for (const c of chunks)
    for (const seg of reader.push(Buffer.from(c))) {
      kinds.push(seg.kind);
      raw += seg.raw.toString();
      if (seg.kind === 'data') body += seg.raw.toString();
    }
  return { kinds, raw, body };
};

describe('HttpMessageReader', () => {
  it('follows chunked responses split at every byte and returns every byte once', () => {
    const response =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/event-stream\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\nx-trailer: 1\r\n\r\n';
    const { kinds, raw, body } = reassemble(new HttpMessageReader('response', () => 'POST'), [...response]);
    expect(raw).toBe(response);
    expect(body).toBe('hello world');
    expect(kinds[0]).toBe('head');
    expect(kinds.at(-1)).toBe('end');
  });

  it('handles keep-alive: content-length bodies back to back, HEAD and 204 without bodies', () => {
    const methods = ['GET', 'HEAD', 'GET'];
    const reader = new HttpMessageReader('response', (n) => methods[n]);
    const text =
      'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n';
    const ends: number[] = [];
    reader.push(Buffer.from(text)).forEach((s, i) => {
      if (s.kind === 'end') ends.push(i);
    });
    expect(ends).toHaveLength(3);
    expect(reader.idle).toBe(true);
  });

  it('rejects what is not HTTP', () => {
    expect(looksLikeHttpRequest(Buffer.from('*1\r\n$4\r\nPING\r\n'))).toBe(false);
    expect(looksLikeHttpRequest(Buffer.from('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n'))).toBe(true);
    expect(() => new HttpMessageReader('response').push(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(
      /status line/,
    );
  });
});
