import type { IncomingMessage } from 'node:http';
import { isUtf8 } from 'node:buffer';
import { BastionError } from '../core/errors/index.js';

export interface ReadBodyOptions {
  /** Bytes; larger bodies are refused with 413 while they stream in, before any parsing. */
  limit: number;
  /** Milliseconds the client has to send the whole body (a stalled upload must not pin memory forever). */
  timeoutMs: number;
}

const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json\s*(?:;|$)/i;

/**
 * Reads a JSON request body with a size limit enforced on the stream (a lying or missing
 * Content-Length cannot get past it), a deadline, strict UTF-8 and JSON parsing.
 * Every failure is a BastionError with a specific 4xx code.
 *
 * @example
 * const body = await readJsonBody(req, { limit: 1 << 20, timeoutMs: 30_000 });
 */
export function readJsonBody(req: IncomingMessage, options: ReadBodyOptions): Promise<unknown> {
  const type = req.headers['content-type'];
  if (type !== undefined && !JSON_TYPE.test(type)) {
    return Promise.reject(
      new BastionError(
        'BASTION_ERR_GATEWAY_CONTENT_TYPE',
        `Content-Type must be application/json, got "${type}"`,
      ),
    );
  }
  // A compressed body would be parsed as its raw bytes and refused as "not UTF-8", which sends people looking in
  // the wrong place.
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    return Promise.reject(
      new BastionError(
        'BASTION_ERR_GATEWAY_CONTENT_TYPE',
        `Content-Encoding "${encoding.slice(0, 40)}" is not supported; send the JSON body uncompressed`,
      ),
    );
  }
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > options.limit) {
    return Promise.reject(tooLarge(options.limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: BastionError | undefined, value?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) {
        // Stop reading: the rest of the body is discarded and the connection closed after the reply.
        req.pause();
        reject(error);
      } else resolve(value);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > options.limit) finish(tooLarge(options.limit));
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      try {
        finish(undefined, parseJsonBuffer(buffer));
      } catch (error) {
        finish(error as BastionError);
      }
    };
    const onError = (cause: Error): void =>
      finish(
        new BastionError('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT', 'The client connection failed', { cause }),
      );
    const onClose = (): void => {
      if (!req.complete) {
        finish(
          new BastionError(
            'BASTION_ERR_GATEWAY_REQUEST_TIMEOUT',
            'The client closed the connection mid-body',
          ),
        );
      }
    };
    const timer = setTimeout(
      () =>
        finish(
          new BastionError(
            'BASTION_ERR_GATEWAY_REQUEST_TIMEOUT',
            `The request body was not received within ${options.timeoutMs} ms`,
          ),
        ),
      options.timeoutMs,
    );
    timer.unref();
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** Strict UTF-8 (no silent U+FFFD replacement) and JSON parsing of a complete body. */
export function parseJsonBuffer(buffer: Buffer): unknown {
  if (buffer.length === 0) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_BODY_MALFORMED',
      'Request body is empty; expected a JSON object',
    );
  }
  if (!isUtf8(buffer)) {
    throw new BastionError('BASTION_ERR_GATEWAY_BODY_ENCODING');
  }
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch (cause) {
    // V8 quotes the start of the body in its message ('Unexpected token 'm', "my card 41"... is not valid JSON'):
    // that excerpt is the user's text and this message is logged, so it is cut (position and token stay).
    const detail =
      cause instanceof SyntaxError
        ? `: ${cause.message.replace(/, "[\s\S]*?"(?:\.\.\.)? is not valid JSON$/, '')}`
        : '';
    throw new BastionError('BASTION_ERR_GATEWAY_BODY_MALFORMED', `Request body is not valid JSON${detail}`, {
      cause,
    });
  }
}

function tooLarge(limit: number): BastionError {
  return new BastionError(
    'BASTION_ERR_GATEWAY_BODY_TOO_LARGE',
    `Request body is larger than the limit of ${limit} bytes (server.bodyLimit)`,
    { details: { limit } },
  );
}
