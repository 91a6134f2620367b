import { encodeChunk, HttpFramingError, HttpMessageReader, type HttpSegment } from './http-framing.js';
import type { CompiledToxic, ResponseTransform, SyntheticResponse } from './toxic-types.js';

export type Emit = (data: Buffer) => Promise<void>;

export interface HttpStageHooks {
  /** The HTTP toxics of the proxy right now (toxicity is rolled per message). */
  toxics(): readonly { compiled: CompiledToxic; toxicity: number }[];
  /** Sends a canned response to the client once earlier responses are out, then closes. */
  respond(response: SyntheticResponse): void;
  /** Ends the connection right after what was emitted (an SSE cut). */
  cut(): void;
}

interface ActiveResponse {
  transforms: ResponseTransform[];
  chunked: boolean;
}

const roll = (toxicity: number) => toxicity >= 1 || Math.random() < toxicity;

/**
 * Follows HTTP/1.1 framing on both directions of one connection so HTTP-aware toxics can act on
 * whole messages. The connection starts it at a request boundary once an HTTP toxic exists and
 * drops it when none is left and it is idle, so connections without HTTP toxics never pay for it.
 */
export class HttpStage {
  private readonly requests: HttpMessageReader;
  private readonly responses: HttpMessageReader;
  /** Methods of forwarded requests whose responses have not ended (HEAD responses have no body). */
  private readonly methods: string[] = [];
  private methodBase = 0;
  private swallowing: SyntheticResponse | undefined;
  private pendingResponse: SyntheticResponse | undefined;
  private active: ActiveResponse | undefined;
  broken = false;

  constructor(private readonly hooks: HttpStageHooks) {
    this.requests = new HttpMessageReader('request');
    // Several responses can arrive in one chunk, before `track` shifts: index by the reader's count.
    this.responses = new HttpMessageReader('response', (n) => this.methods[n - this.methodBase]);
  }

  /** Between messages in both directions with nothing pending: the stage can be dropped. */
  get idle(): boolean {
    if (this.broken) return true;
    return (
      this.requests.idle &&
      this.responses.idle &&
      this.methods.length === 0 &&
      !this.swallowing &&
      !this.pendingResponse &&
      !this.active
    );
  }

  async upstream(data: Buffer, emit: Emit): Promise<void> {
    if (this.broken) return emit(data);
    const toxics = this.hooks.toxics().filter((t) => t.compiled.request);
    for (const seg of this.read('upstream', data)) {
      if (this.broken) return emit(seg.raw);
      if (seg.kind === 'head' && !this.swallowing) {
        for (const t of toxics) {
          const synthetic = roll(t.toxicity) ? t.compiled.request?.(seg.head) : undefined;
          if (synthetic) {
            this.swallowing = synthetic;
            break;
          }
        }
      }
      if (this.swallowing) {
        if (seg.kind === 'end') {
          this.pendingResponse = this.swallowing;
          this.swallowing = undefined;
          this.flushPending();
        }
        continue;
      }
      this.track('upstream', seg);
      if (seg.raw.length > 0) await emit(seg.raw);
    }
  }

  async downstream(data: Buffer, emit: Emit): Promise<void> {
    if (this.broken) return emit(data);
    for (const seg of this.read('downstream', data)) {
      if (this.broken) return emit(seg.raw);
      if (seg.kind === 'head') {
        const transforms: ResponseTransform[] = [];
        for (const t of this.hooks.toxics()) {
          const transform =
            t.compiled.response && roll(t.toxicity) ? t.compiled.response(seg.head) : undefined;
          if (transform) transforms.push(transform);
        }
        const chunked = (seg.head.headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked');
        this.active = transforms.length > 0 ? { transforms, chunked } : undefined;
        for (const t of transforms) await t.head?.();
        await emit(seg.raw);
        continue;
      }
      const active = this.active;
      if (!active) {
        this.track('downstream', seg);
        if (seg.raw.length > 0) await emit(seg.raw);
        continue;
      }
      if (seg.kind === 'frame') {
        if (!active.chunked) await emit(seg.raw);
        continue;
      }
      if (seg.kind === 'data') {
        let out = seg.raw;
        let cut = false;
        for (const t of active.transforms) {
          if (!t.body) continue;
          const result = t.body(out);
          out = result.data;
          cut ||= result.cut === true;
          if (cut) break;
        }
        if (out.length > 0) await emit(active.chunked ? encodeChunk(out) : out);
        if (cut) {
          this.broken = true;
          this.hooks.cut();
          return;
        }
        continue;
      }
      // end of the response: release held bytes, then the terminator
      for (const t of active.transforms) {
        const rest = t.end?.();
        if (rest && rest.length > 0) await emit(active.chunked ? encodeChunk(rest) : rest);
      }
      this.active = undefined;
      this.track('downstream', seg);
      if (seg.raw.length > 0) await emit(seg.raw);
    }
  }

  /** The server closed: a close-delimited body ends. */
  downstreamClosed(): void {
    if (!this.broken) for (const seg of this.responses.close()) this.track('downstream', seg);
  }

  private read(stream: 'upstream' | 'downstream', data: Buffer): HttpSegment[] {
    try {
      return (stream === 'upstream' ? this.requests : this.responses).push(data);
    } catch (error) {
      if (!(error instanceof HttpFramingError)) throw error;
      // Not HTTP after all (or something we cannot follow): stop acting, pass bytes through.
      this.broken = true;
      return [{ kind: 'data', raw: error.unconsumed }];
    }
  }

  private track(stream: 'upstream' | 'downstream', seg: HttpSegment): void {
    if (stream === 'upstream' && seg.kind === 'head') this.methods.push(seg.head.method ?? 'GET');
    if (stream === 'downstream' && seg.kind === 'end') {
      this.methods.shift();
      this.methodBase++;
      this.flushPending();
    }
  }

  private flushPending(): void {
    if (this.pendingResponse && this.methods.length === 0) {
      const response = this.pendingResponse;
      this.pendingResponse = undefined;
      this.hooks.respond(response);
    }
  }
}

/** Serialises a canned response; `Connection: close` because the proxy hangs up after it. */
export function serializeResponse(r: SyntheticResponse): Buffer {
  const body = Buffer.from(r.body);
  const lines = [`HTTP/1.1 ${r.status} Chaos`];
  for (const [name, value] of Object.entries(r.headers)) lines.push(`${name}: ${value}`);
  lines.push(`content-length: ${body.length}`, 'connection: close', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]);
}
