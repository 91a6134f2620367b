import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Random-access bytes: a file region (never read whole: a 10 GB weight file is walked by headers and offsets)
 * or an in-memory buffer (a decompressed archive member). Reads are synchronous on purpose: scanners are
 * sequential parsers and sync reads keep them simple and fast.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `position` (fewer at the end). */
  read(position: number, length: number): Buffer;
  /** A sub-range sharing the same backing file or buffer, without copying. */
  slice(start: number, end: number): ByteSource;
}

export class BufferSource implements ByteSource {
  constructor(private readonly buffer: Buffer) {}
  get size(): number {
    return this.buffer.length;
  }
  read(position: number, length: number): Buffer {
    return this.buffer.subarray(position, Math.min(position + length, this.buffer.length));
  }
  slice(start: number, end: number): ByteSource {
    return new BufferSource(this.buffer.subarray(start, end));
  }
}

export class FileSource implements ByteSource {
  private constructor(
    private readonly fd: number,
    private readonly base: number,
    readonly size: number,
  ) {}

  static open(path: string): FileSource {
    const fd = openSync(path, 'r');
    try {
      return new FileSource(fd, 0, fstatSync(fd).size);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  read(position: number, length: number): Buffer {
    const n = Math.max(0, Math.min(length, this.size - position));
    const out = Buffer.allocUnsafe(n);
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd, out, done, n - done, this.base + position + done);
      if (got === 0) break;
      done += got;
    }
    return done === n ? out : out.subarray(0, done);
  }

  slice(start: number, end: number): ByteSource {
    return new FileSource(this.fd, this.base + start, Math.max(0, Math.min(end, this.size) - start));
  }

  close(): void {
    closeSync(this.fd);
  }
}

export class TruncatedError extends Error {
  constructor(
    readonly offset: number,
    what: string,
  ) {
    super(`truncated at byte ${offset}: ${what}`);
    this.name = 'TruncatedError';
  }
}

/** Sequential reader over a ByteSource through a 1 MiB window; `skip` never reads skipped bytes. */
export class ByteReader {
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;
  pos: number;

  constructor(
    readonly source: ByteSource,
    start = 0,
    private readonly windowSize = 1 << 20,
  ) {
    this.pos = start;
    this.size = source.size;
  }

  /** Cached: `source.size` may be a getter, and this is read once per opcode. */
  private readonly size: number;

  get remaining(): number {
    return this.size - this.pos;
  }

  get length(): number {
    return this.size;
  }

  private ensure(n: number, what: string): void {
    if (this.pos + n > this.source.size) throw new TruncatedError(this.pos, `needed ${n} bytes for ${what}`);
    const offset = this.pos - this.windowStart;
    if (offset >= 0 && offset + n <= this.window.length) return;
    this.windowStart = this.pos;
    // 64 KiB after a jump: a walker that skips tensor payloads must not drag each one through the window.
    this.window = this.source.read(this.pos, Math.max(n, Math.min(this.windowSize, 65536)));
  }

  u8(what = 'byte'): number {
    // Fast path first: opcode walkers call this once per opcode.
    const offset = this.pos - this.windowStart;
    if (offset >= 0 && offset < this.window.length) {
      this.pos++;
      return this.window[offset] as number;
    }
    this.ensure(1, what);
    return this.window[this.pos++ - this.windowStart] as number;
  }

  u16(what = 'u16'): number {
    this.ensure(2, what);
    const v = this.window.readUInt16LE(this.pos - this.windowStart);
    this.pos += 2;
    return v;
  }

  u32(what = 'u32'): number {
    this.ensure(4, what);
    const v = this.window.readUInt32LE(this.pos - this.windowStart);
    this.pos += 4;
    return v;
  }

  i32(what = 'i32'): number {
    this.ensure(4, what);
    const v = this.window.readInt32LE(this.pos - this.windowStart);
    this.pos += 4;
    return v;
  }

  /** A u64 as a JS number; lengths beyond 2^53 are nonsense in any real file, so they throw. */
  u64(what = 'u64'): number {
    this.ensure(8, what);
    const v = this.window.readBigUInt64LE(this.pos - this.windowStart);
    this.pos += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
      throw new TruncatedError(this.pos - 8, `${what} is absurdly large (${v})`);
    return Number(v);
  }

  /**
   * The buffered bytes from `pos` on (at least one byte unless at the end), for hot loops that decode many tiny
   * records in place; they must call `pos = …` with how far they got.
   */
  view(): { buffer: Buffer; start: number; base: number } {
    if (this.pos < this.size) this.ensure(1, 'view');
    return { buffer: this.window, start: this.pos - this.windowStart, base: this.windowStart };
  }

  /** `n` bytes; a view into the window when it fits, else a fresh read. */
  bytes(n: number, what = 'bytes'): Buffer {
    if (n > this.windowSize) {
      if (this.pos + n > this.source.size)
        throw new TruncatedError(this.pos, `needed ${n} bytes for ${what}`);
      const out = this.source.read(this.pos, n);
      this.pos += n;
      return out;
    }
    this.ensure(n, what);
    const start = this.pos - this.windowStart;
    this.pos += n;
    return this.window.subarray(start, start + n);
  }

  peek(n: number): Buffer {
    const avail = Math.min(n, this.remaining);
    if (avail <= 0) return Buffer.alloc(0);
    this.ensure(avail, 'peek');
    const start = this.pos - this.windowStart;
    return this.window.subarray(start, start + avail);
  }

  skip(n: number, what = 'data'): void {
    if (this.pos + n > this.size) throw new TruncatedError(this.pos, `needed ${n} bytes for ${what}`);
    this.pos += n;
  }

  /** Bytes up to (not including) `\n`, at most `max`. */
  line(max = 65536, what = 'line'): Buffer {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      this.ensure(1, what);
      const start = this.pos - this.windowStart;
      const nl = this.window.indexOf(10, start);
      if (nl >= 0) {
        parts.push(this.window.subarray(start, nl));
        this.pos += nl - start + 1;
        return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      }
      const chunk = this.window.subarray(start);
      parts.push(Buffer.from(chunk));
      total += chunk.length;
      this.pos += chunk.length;
      if (total > max) throw new TruncatedError(this.pos, `${what} longer than ${max} bytes`);
    }
  }
}
