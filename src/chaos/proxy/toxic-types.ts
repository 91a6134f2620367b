import { z } from 'zod';
import type { HttpHead } from './http-framing.js';

/** Toxiproxy's naming: `upstream` is client → server bytes, `downstream` is server → client. */
export type StreamDirection = 'upstream' | 'downstream';
export const STREAM_DIRECTIONS = ['upstream', 'downstream'] as const;

/** What a toxic may do to the connection it is attached to. */
export interface ConnectionControl {
  /** Ends both sides with FIN after flushing what was written. */
  close(): void;
  /** Sends a TCP RST to the client and drops the upstream side. */
  reset(): void;
  readonly closed: boolean;
  /** Resolves after `ms`, or early when the connection closes (callers re-check `closed`). */
  sleep(ms: number): Promise<void>;
}

export interface ToxicContext {
  readonly conn: ConnectionControl;
  readonly stream: StreamDirection;
}

/**
 * A byte-level toxic on one connection and direction. Chunks pass through toxics one at a time in
 * order; `emit` forwards bytes to the next toxic (await it to keep order and backpressure).
 */
export interface TcpToxic {
  chunk?(data: Buffer, arrivedAt: number, emit: (data: Buffer) => Promise<void>): Promise<void> | void;
  /** The sender finished (FIN); resolve when the end may be forwarded. */
  end?(): Promise<void> | void;
  /** The toxic was removed or the connection closed: clear timers, release held data. */
  dispose?(): void;
}

/** A canned HTTP response the proxy answers with instead of the upstream. */
export interface SyntheticResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Acts on one HTTP response's body content (chunked framing is re-encoded around it). */
export interface ResponseTransform {
  /** Runs before the response head is forwarded (e.g. delay the first byte). */
  head?(): Promise<void> | void;
  /** Returns the bytes to forward; `cut: true` ends the connection right after them. */
  body?(data: Buffer): { data: Buffer; cut?: boolean };
  /** Bytes held back, released at the end of the body. */
  end?(): Buffer;
}

/** A toxic after its attributes were validated: what the proxy keeps and runs. */
export interface CompiledToxic {
  readonly level: 'tcp' | 'http';
  /** Attributes with defaults filled in, as the API returns them. */
  readonly attributes: Readonly<Record<string, unknown>>;
  connect?(ctx: ToxicContext): TcpToxic;
  request?(head: HttpHead): SyntheticResponse | undefined;
  response?(head: HttpHead): ResponseTransform | undefined;
}

export interface ToxicDefinition {
  readonly description: string;
  readonly level: 'tcp' | 'http';
  /** Throws a ZodError when the attributes are wrong. */
  compile(attributes: unknown): CompiledToxic;
}

/** Declares a byte-level toxic; its attribute schema is checked once, when the toxic is created. */
export function defineTcpToxic<S extends z.ZodType<Record<string, unknown>>>(spec: {
  description: string;
  attributes: S;
  create(attributes: z.output<S>, ctx: ToxicContext): TcpToxic;
}): ToxicDefinition {
  return {
    description: spec.description,
    level: 'tcp',
    compile(raw) {
      const attributes = spec.attributes.parse(raw ?? {});
      return { level: 'tcp', attributes, connect: (ctx) => spec.create(attributes, ctx) };
    },
  };
}

/** Declares an HTTP-aware toxic that acts per request or response. */
export function defineHttpToxic<S extends z.ZodType<Record<string, unknown>>>(spec: {
  description: string;
  attributes: S;
  request?(attributes: z.output<S>, head: HttpHead): SyntheticResponse | undefined;
  response?(attributes: z.output<S>, head: HttpHead): ResponseTransform | undefined;
}): ToxicDefinition {
  return {
    description: spec.description,
    level: 'http',
    compile(raw) {
      const attributes = spec.attributes.parse(raw ?? {});
      const { request, response } = spec;
      return {
        level: 'http',
        attributes,
        request: request ? (head) => request(attributes, head) : undefined,
        response: response ? (head) => response(attributes, head) : undefined,
      };
    },
  };
}

/** Milliseconds as Toxiproxy sends them: a non-negative integer. */
export const millis = z.number().int().nonnegative().max(3_600_000);
