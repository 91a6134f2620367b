import type { Socket } from 'node:net';
import type { HttpStage } from './http-stage.js';
import type { StreamDirection, TcpToxic } from './toxic-types.js';

/** What a direction needs from the connection it belongs to. */
export interface DirectionOwner {
  readonly closed: boolean;
  /** True while any toxic is set on the proxy or an HTTP stage follows this connection. */
  busy(): boolean;
  /** The first bytes the client sent (decides once whether the connection may speak HTTP). */
  first(chunk: Buffer): void;
  /** The HTTP stage that bytes read now belong to (may start one on a request head). */
  stageFor(stream: StreamDirection, chunk: Buffer): HttpStage | undefined;
  tcpToxics(stream: StreamDirection): TcpToxic[];
  /** A queued chunk went through; the connection may drop an HTTP stage no toxic needs. */
  settled(): void;
  /** The sender finished; resolve when every byte toxic let its end through. */
  ended(stream: StreamDirection): void;
  fail(error: unknown): void;
}

type Item = { data: Buffer; at: number; http: HttpStage | undefined } | 'end';

// Above this many queued bytes per direction the sender is paused (backpressure through toxics).
const HIGH_WATER = 1024 * 1024;
const MIN_READ = 16 * 1024;
const MAX_READ = 1024 * 1024;

/**
 * The reusable read buffer of a socket created with `onread` (the upstream side): reads land in
 * it with no allocation and no stream machinery. A chunk that had to be kept (queued by toxics,
 * or not yet taken by the kernel) is handed over and the next read gets a fresh buffer. A read
 * that fills the buffer makes the next one 4× larger (up to 1 MiB), so bulk transfers use few,
 * large syscalls; a read using under 1/16 of a large buffer steps it back down, so an idle or
 * chatty connection holds 16 KiB, not 1 MiB.
 */
export class ReadBuffer {
  private buf = Buffer.allocUnsafe(MIN_READ);
  private lent = false;

  /** For `onread.buffer`: Node calls it for the first read and after every read. */
  readonly next = (): Buffer => {
    if (this.lent) {
      this.lent = false;
      this.buf = Buffer.allocUnsafe(this.buf.length);
    }
    return this.buf;
  };

  /** The `n` bytes the last read put in the buffer (a view, not a copy). */
  filled(n: number): Buffer {
    return this.buf.subarray(0, n);
  }

  /** Called from the read callback with the bytes read; `kept` when the chunk may not be overwritten. */
  done(n: number, kept: boolean): void {
    const size = this.buf.length;
    let want = size;
    if (n === size && size < MAX_READ) want = size * 4;
    else if (n < size / 16 && size > MIN_READ) want = size / 4;
    if (want !== size) {
      this.buf = Buffer.allocUnsafe(want);
      this.lent = false;
    } else if (kept) this.lent = true;
  }
}

/**
 * One direction of a proxied connection: bytes from `src` go through the toxics to `dst`.
 * With no toxic and no HTTP stage, a chunk is written straight to `dst` in the read callback (the
 * fast path: one read, one write, no queue, no promise); otherwise it is queued and pumped through
 * the HTTP stage and the byte toxics in order. The fast path is only taken when the queue is empty,
 * so adding or removing toxics on a live connection never reorders or drops bytes.
 */
export class Direction {
  private readonly queue: Item[] = [];
  private queued = 0;
  private running = false;
  private waitingDrain = false;
  private started = false;
  private readonly drained = () => {
    this.waitingDrain = false;
    if (this.queued <= HIGH_WATER) this.src.resume();
  };

  constructor(
    private readonly conn: DirectionOwner,
    readonly stream: StreamDirection,
    private readonly src: Socket,
    private readonly dst: Socket,
    /** The source reads into a reused buffer and calls `onData` itself instead of emitting 'data'. */
    reusesBuffer: boolean,
  ) {
    if (!reusesBuffer) src.on('data', (chunk: Buffer) => this.onData(chunk));
    src.on('end', () => this.push('end'));
  }

  /**
   * Takes one chunk read from `src`; returns true when the chunk is still referenced afterwards (queued,
   * or not yet taken by the kernel), so a reused read buffer must not be overwritten.
   */
  onData(chunk: Buffer): boolean {
    if (this.conn.closed || this.dst.destroyed) return false;
    if (!this.started) {
      this.started = true;
      if (this.stream === 'upstream') this.conn.first(chunk);
    }
    if (!this.running && this.queue.length === 0 && !this.conn.busy()) {
      if (!this.dst.write(chunk) && !this.waitingDrain) {
        this.waitingDrain = true;
        this.src.pause();
        this.dst.once('drain', this.drained);
      }
      // Written synchronously (the usual case on a socket with room): the buffer is free again. A
      // pending write holds it, unless reading now waits for 'drain', which comes after that write.
      return !this.waitingDrain && this.dst.writableLength > 0;
    }
    this.push({ data: chunk, at: performance.now(), http: this.conn.stageFor(this.stream, chunk) });
    return true;
  }

  /** Queues bytes that skip the HTTP stage (a canned response) but still pass the byte toxics. */
  inject(data: Buffer): void {
    this.push({ data, at: performance.now(), http: undefined });
    this.push('end');
  }

  private push(item: Item): void {
    this.queue.push(item);
    if (item !== 'end') {
      this.queued += item.data.length;
      if (this.queued > HIGH_WATER) this.src.pause();
    }
    if (!this.running) void this.pump();
  }

  private async pump(): Promise<void> {
    this.running = true;
    try {
      for (let item = this.queue.shift(); item !== undefined; item = this.queue.shift()) {
        if (this.conn.closed) break;
        if (item === 'end') {
          await this.finish();
          break;
        }
        this.queued -= item.data.length;
        if (this.queued <= HIGH_WATER && !this.waitingDrain && this.src.isPaused()) this.src.resume();
        await this.process(item);
        this.conn.settled();
      }
    } catch (error) {
      this.conn.fail(error);
    } finally {
      this.running = false;
    }
  }

  private async process(item: { data: Buffer; at: number; http: HttpStage | undefined }): Promise<void> {
    const stages = this.conn.tcpToxics(this.stream);
    const run = async (index: number, data: Buffer): Promise<void> => {
      if (this.conn.closed) return;
      const toxic = stages[index];
      if (!toxic) return this.write(data);
      if (!toxic.chunk) return run(index + 1, data);
      await toxic.chunk(data, item.at, (out) => run(index + 1, out));
    };
    const http = item.http;
    if (!http) return run(0, item.data);
    if (this.stream === 'upstream') return http.upstream(item.data, (out) => run(0, out));
    return http.downstream(item.data, (out) => run(0, out));
  }

  private write(data: Buffer): Promise<void> {
    if (this.dst.destroyed || this.dst.writableEnded) return Promise.resolve();
    if (this.dst.write(data)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.dst.off('drain', done);
        this.dst.off('close', done);
        resolve();
      };
      this.dst.once('drain', done);
      this.dst.once('close', done);
    });
  }

  private async finish(): Promise<void> {
    this.conn.ended(this.stream);
    for (const toxic of this.conn.tcpToxics(this.stream)) await toxic.end?.();
    if (!this.dst.destroyed) this.dst.end();
  }
}
