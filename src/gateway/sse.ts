import type { ServerResponse } from 'node:http';
import type { CallSignal } from '../providers/index.js';
import { errorBody } from './error-funnel.js';
import type { BastionError } from '../core/errors/index.js';

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  // Tells nginx-style proxies not to buffer the stream.
  'x-accel-buffering': 'no',
} as const;

function uncork(res: ServerResponse): void {
  res.uncork();
}

/**
 * Writes one SSE event; resolves at once unless the socket buffer is full, then when it drains
 * or the client goes away (never hangs on a dead client).
 *
 * The socket is corked until the current tick's work is done: the events made from one upstream read (often the
 * whole answer) leave in one syscall instead of one each, and an event that arrives alone still leaves at once
 * (no timer, only the rest of this tick). `end()` uncorks fully, so nothing stays behind.
 */
export function writeEvent(res: ServerResponse, data: string, signal: CallSignal): void | Promise<void> {
  res.cork();
  const ok = res.write(`data: ${data}\n\n`);
  process.nextTick(uncork, res);
  if (ok) return undefined;
  if (signal.aborted || res.destroyed) return undefined;
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
    signal.addEventListener('abort', done);
  });
}

/**
 * The upstream ended in the same tick as the last events were queued (their uncork is still pending): keep them
 * corked so they leave together with the final `[DONE]` (or error event) once the audit record is committed, in
 * one socket write instead of two. Measured on loopback, a socket write costs more than the rest of a stream's
 * per-event work. Only the tail of a stream waits, and only for the commit that `[DONE]` waits for anyway;
 * `endStream`/`endWithError` uncork fully.
 */
export function holdLastEvents(res: ServerResponse): void {
  if (res.writableCorked > 0 && !res.destroyed) res.cork();
}

/**
 * An error after the stream started: OpenAI's SDKs raise an APIError for a `data:` event carrying
 * `error`, so the client learns the answer is incomplete instead of seeing a silently short reply.
 */
export function endWithError(res: ServerResponse, error: BastionError): void {
  if (res.writableEnded || res.destroyed) return;
  res.end(`data: ${JSON.stringify(errorBody(error))}\n\n`);
}

export function endStream(res: ServerResponse): void {
  if (res.writableEnded || res.destroyed) return;
  res.end('data: [DONE]\n\n');
}
