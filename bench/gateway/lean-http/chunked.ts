/**
 * Incremental decoder of a chunked request body (RFC 9112 §7.1), strict in the same spirit as parse-head.ts:
 * hex sizes only (no sign, no whitespace, at most 8 digits), CRLF line ends, extensions of token characters,
 * trailer fields read and dropped.
 */
export class ChunkedDecoder {
  /** Data bytes not yet consumed from the current chunk; -1 while reading a size line. */
  private remaining = -1;
  /** After a chunk's data: the CRLF that must follow it. */
  private needCrlf = false;
  private inTrailers = false;
  done = false;
  error: string | undefined = undefined;

  /**
   * Feeds bytes; calls `onData` with each slice of body data and returns how many bytes of `buf` were used
   * (the rest belongs to the next request, or is an incomplete line to feed again with more bytes).
   */
  feed(buf: Buffer, onData: (data: Buffer) => void): number {
    let pos = 0;
    while (pos < buf.length && !this.done && this.error === undefined) {
      if (this.needCrlf) {
        if (buf.length - pos < 2) return pos;
        if (buf[pos] !== 13 || buf[pos + 1] !== 10) return this.fail('Chunk data not followed by CRLF');
        pos += 2;
        this.needCrlf = false;
        continue;
      }
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, buf.length - pos);
        onData(buf.subarray(pos, pos + take));
        pos += take;
        this.remaining -= take;
        if (this.remaining === 0) {
          this.remaining = -1;
          this.needCrlf = true;
        }
        continue;
      }
      const lf = buf.indexOf(10, pos);
      if (lf === -1) return buf.length - pos > 1024 ? this.fail('Chunk size line too long') : pos;
      if (lf === pos || buf[lf - 1] !== 13) return this.fail('Bare LF in chunked body');
      const line = buf.toString('latin1', pos, lf - 1);
      pos = lf + 1;
      if (this.inTrailers) {
        if (line === '') this.done = true;
        else if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[\t\x20-\x7e\x80-\xff]*$/.test(line))
          return this.fail('Malformed trailer field');
        continue;
      }
      const match = /^([0-9A-Fa-f]{1,8})(?:;[\t !#$%&'*+\-.^_`|~0-9A-Za-z=";]*)?$/.exec(line);
      if (!match) return this.fail('Malformed chunk size');
      const size = parseInt(match[1] as string, 16);
      if (size === 0) this.inTrailers = true;
      else this.remaining = size;
    }
    return pos;
  }

  private fail(message: string): number {
    this.error = message;
    return 0;
  }
}
