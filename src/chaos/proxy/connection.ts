import type { Socket } from 'node:net';
import { Direction, type DirectionOwner } from './direction.js';
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

/**
 * A client connection and its upstream connection, with per-connection toxic state.
 * Toxicity is rolled once per connection for byte toxics (as Toxiproxy does) and per message for HTTP toxics.
 */
export class ProxyConnection implements ConnectionControl, DirectionOwner {
  closed = false;
  /** Follows HTTP framing only while the proxy has HTTP toxics (and until its last message is done). */
  http: HttpStage | undefined;
  private injecting = false;
  /** The client's first bytes were an HTTP/1.x request line; only such connections get an HTTP stage. */
  private speaksHttp = false;
  private readonly attached = new Map<ToxicEntry, TcpToxic | null>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sleepers = new Set<() => void>();
  /** Server → client; its `onData` is the upstream socket's read callback when that reuses a buffer. */
  readonly down: Direction;

  /** @param upstreamReusesBuffer the upstream socket was created with `onread` and feeds `down.onData`. */
  constructor(
    private readonly owner: ConnectionOwner,
    readonly client: Socket,
    readonly upstream: Socket,
    upstreamReusesBuffer = false,
  ) {
    new Direction(this, 'upstream', client, upstream, false);
    this.down = new Direction(this, 'downstream', upstream, client, upstreamReusesBuffer);
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

  busy(): boolean {
    return this.http !== undefined || this.owner.toxics().length > 0;
  }

  first(chunk: Buffer): void {
    this.speaksHttp = looksLikeHttpRequest(chunk);
  }

  private httpToxics(): ToxicEntry[] {
    return this.owner.toxics().filter((t) => t.compiled.level === 'http');
  }

  /**
   * HTTP toxics need message boundaries, so the stage starts on a chunk that begins with a request
   * line: on a keep-alive connection the client sends its next request only after the previous
   * response arrived, so both directions are at a boundary there. Server bytes read before that
   * point were queued without a stage and pass untouched. A request split before its first line
   * ends, or a pipelined one, just waits for the next request. Connections that did not open with
   * an HTTP request (Redis, PostgreSQL…) are never parsed, whatever their later bytes look like.
   */
  stageFor(stream: StreamDirection, chunk: Buffer): HttpStage | undefined {
    if (this.http || stream !== 'upstream' || !this.speaksHttp) return this.http;
    if (this.httpToxics().length === 0 || !looksLikeHttpRequest(chunk)) return undefined;
    this.http = new HttpStage({
      toxics: () => this.httpToxics().map((t) => ({ compiled: t.compiled, toxicity: t.toxicity })),
      respond: (response) => {
        this.injecting = true;
        this.upstream.destroy();
        this.down.inject(serializeResponse(response));
      },
      cut: () => this.close(),
    });
    return this.http;
  }

  /** Drops the HTTP stage once no HTTP toxic is left and no message is half-way through it. */
  settled(): void {
    if (this.http?.idle && this.httpToxics().length === 0) this.http = undefined;
  }

  ended(stream: StreamDirection): void {
    if (stream === 'downstream') this.http?.downstreamClosed();
  }

  /** Attaches toxics added since the last call and disposes removed ones. */
  sync(): void {
    this.settled();
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
