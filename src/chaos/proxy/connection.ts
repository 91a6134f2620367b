import type { Socket } from 'node:net';
import { HttpStage, serializeResponse } from './http-stage.js';
import { looksLikeHttpRequest } from './http-framing.js';
import type { CompiledToxic, ConnectionControl, StreamDirection, TcpToxic } from './toxic-types.js';

/** A toxic as a proxy holds it; a new object on every change so connections notice updates. */
export interface ToxicEntry {
  readonly name: string;
  readonly type: string;
  readonly stream: StreamDirection;
  readonly toxicity: number;
  readonly compiled: CompiledToxic;
}

export interface ConnectionOwner {
  toxics(): readonly ToxicEntry[];
  closed(conn: ProxyConnection): void;
}

type Item = { data: Buffer; at: number; raw: boolean } | 'end';

// Above this many queued bytes per direction the sender is paused (backpressure through toxics).
const HIGH_WATER = 1024 * 1024;

/** One direction of a proxied connection: bytes from `src` go through the toxics to `dst`. */
class Direction {
  private readonly queue: Item[] = [];
  private queued = 0;
  private running = false;

  constructor(
    private readonly conn: ProxyConnection,
    readonly stream: StreamDirection,
    private readonly src: Socket,
    private readonly dst: Socket,
  ) {
    src.on('data', (chunk: Buffer) => this.onData(chunk));
    src.on('end', () => this.push('end'));
  }

  private onData(chunk: Buffer): void {
    if (this.conn.closed || this.dst.destroyed) return;
    this.conn.detect(this.stream, chunk);
    if (!this.running && this.queue.length === 0 && !this.conn.hasToxics()) {
      // Fast path: no toxics, nothing queued — exactly what stream.pipe() does, plus framing upkeep.
      this.conn.http?.observe(this.stream, chunk);
      if (!this.dst.write(chunk)) {
        this.src.pause();
        this.dst.once('drain', () => this.src.resume());
      }
      return;
    }
    this.push({ data: chunk, at: performance.now(), raw: true });
  }

  /** Queues bytes that skip the HTTP stage (a canned response) but still pass the byte toxics. */
  inject(data: Buffer): void {
    this.push({ data, at: performance.now(), raw: false });
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
        if (this.queued <= HIGH_WATER && this.src.isPaused()) this.src.resume();
        await this.process(item);
      }
    } catch (error) {
      this.conn.fail(error);
    } finally {
      this.running = false;
    }
  }

  private async process(item: { data: Buffer; at: number; raw: boolean }): Promise<void> {
    const stages = this.conn.tcpToxics(this.stream);
    const run = async (index: number, data: Buffer): Promise<void> => {
      if (this.conn.closed) return;
      const toxic = stages[index];
      if (!toxic) return this.write(data);
      if (!toxic.chunk) return run(index + 1, data);
      await toxic.chunk(data, item.at, (out) => run(index + 1, out));
    };
    const http = item.raw ? this.conn.http : undefined;
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
    if (this.stream === 'downstream') this.conn.http?.downstreamClosed();
    for (const toxic of this.conn.tcpToxics(this.stream)) await toxic.end?.();
    if (!this.dst.destroyed) this.dst.end();
  }
}

/**
 * A client connection and its upstream connection, with per-connection toxic state.
 * Toxicity is rolled once per connection for byte toxics (as Toxiproxy does) and per message for HTTP toxics.
 */
export class ProxyConnection implements ConnectionControl {
  closed = false;
  http: HttpStage | undefined;
  private detected = false;
  private injecting = false;
  private readonly attached = new Map<ToxicEntry, TcpToxic | null>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sleepers = new Set<() => void>();
  private readonly down: Direction;

  constructor(
    private readonly owner: ConnectionOwner,
    readonly client: Socket,
    readonly upstream: Socket,
  ) {
    new Direction(this, 'upstream', client, upstream);
    this.down = new Direction(this, 'downstream', upstream, client);
    for (const socket of [client, upstream]) socket.on('error', () => this.destroy());
    // Nothing more can reach a closed client, so its upstream goes too.
    client.on('close', () => this.destroy());
    // An upstream that vanished without a FIN takes the client with it; after a FIN (or a canned
    // response) the downstream direction flushes what is queued and ends the client itself.
    upstream.on('close', () => {
      if (!upstream.readableEnded && !this.injecting) this.destroy();
    });
    this.sync();
  }

  hasToxics(): boolean {
    return this.owner.toxics().length > 0;
  }

  /** Decides once, on the first byte either side sends, whether this connection speaks HTTP/1.x. */
  detect(stream: StreamDirection, first: Buffer): void {
    if (this.detected) return;
    this.detected = true;
    if (stream !== 'upstream' || !looksLikeHttpRequest(first)) return;
    this.http = new HttpStage({
      toxics: () =>
        this.owner
          .toxics()
          .filter((t) => t.compiled.level === 'http')
          .map((t) => ({ compiled: t.compiled, toxicity: t.toxicity })),
      respond: (response) => {
        this.injecting = true;
        this.upstream.destroy();
        this.down.inject(serializeResponse(response));
      },
      cut: () => this.close(),
    });
  }

  /** Attaches toxics added since the last call and disposes removed ones. */
  sync(): void {
    const current = new Set(this.owner.toxics());
    for (const [entry, toxic] of this.attached) {
      if (!current.has(entry)) {
        toxic?.dispose?.();
        this.attached.delete(entry);
      }
    }
    for (const entry of current) {
      if (this.attached.has(entry) || entry.compiled.level !== 'tcp') continue;
      const active = entry.toxicity >= 1 || Math.random() < entry.toxicity;
      this.attached.set(
        entry,
        active ? (entry.compiled.connect?.({ conn: this, stream: entry.stream }) ?? null) : null,
      );
    }
  }

  tcpToxics(stream: StreamDirection): TcpToxic[] {
    const out: TcpToxic[] = [];
    for (const [entry, toxic] of this.attached) if (toxic && entry.stream === stream) out.push(toxic);
    return out;
  }

  sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.timers.delete(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.timers.add(timer);
      this.sleepers.add(wake);
    });
  }

  close(): void {
    if (this.closed) return;
    this.client.end();
    this.upstream.end();
    // A peer that ignores our FIN must not keep the pair open forever.
    const timer = setTimeout(() => this.destroy(), 2000);
    timer.unref();
    this.markClosed();
  }

  reset(): void {
    if (this.closed) return;
    this.client.resetAndDestroy();
    this.upstream.destroy();
    this.markClosed();
  }

  fail(_error: unknown): void {
    this.destroy();
  }

  destroy(): void {
    this.client.destroy();
    this.upstream.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const toxic of this.attached.values()) toxic?.dispose?.();
    this.attached.clear();
    for (const wake of [...this.sleepers]) wake();
    this.owner.closed(this);
  }
}
