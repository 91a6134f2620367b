import type { ServerResponse } from 'node:http';
import { describeCauses, toBastionError, type BastionError } from '../core/errors/index.js';
import type { Logger } from '../core/log.js';

/** The OpenAI error body: the official SDKs turn it into typed exceptions (`APIError.code`, `.type`). */
export interface ErrorBody {
  error: { message: string; type: string; code: string; param: string | null; [extra: string]: unknown };
}

/** Turns anything thrown into the error body a client may see; internal messages are replaced. */
export function errorBody(error: BastionError): ErrorBody {
  const message = error.expose
    ? error.message
    : 'Internal error; the request id in x-request-id is in the logs';
  const param = typeof error.details?.param === 'string' ? error.details.param : null;
  const body: ErrorBody = { error: { message, type: error.type, code: error.code, param } };
  // Client-actionable facts the funnel may show (never causes): e.g. the approval id of a held tool call.
  const shown = error.expose ? error.details?.client : undefined;
  if (shown !== null && typeof shown === 'object') Object.assign(body.error, shown);
  return body;
}

/**
 * The one place an error becomes a response. Logs the cause chain (never sent), sets
 * Retry-After on 429/503 when known, and closes the connection when the body was not read.
 */
export function sendError(
  res: ServerResponse,
  thrown: unknown,
  log: Logger,
  requestId: string,
  fields: Record<string, unknown> = {},
): BastionError {
  const error = toBastionError(thrown);
  const entry = {
    requestId,
    code: error.code,
    status: error.status,
    ...fields,
    ...(error.expose ? {} : { cause: describeCauses(error) }),
  };
  if (error.status >= 500) log.error(error.message, { ...entry, cause: describeCauses(error) });
  else log.warn(error.message, entry);

  if (res.headersSent) {
    // Mid-stream: nothing valid can be sent any more; ending the socket tells the client the reply is cut.
    if (!res.writableEnded) res.destroy();
    return error;
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-request-id': requestId,
  };
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter)) {
    headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfter)));
  }
  if (
    error.code === 'BASTION_ERR_GATEWAY_BODY_TOO_LARGE' ||
    error.code === 'BASTION_ERR_GATEWAY_REQUEST_TIMEOUT'
  ) {
    headers.connection = 'close';
  }
  const payload = JSON.stringify(errorBody(error));
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(error.status, headers);
  res.end(payload);
  return error;
}
