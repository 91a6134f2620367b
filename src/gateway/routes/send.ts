import type { RequestContext } from '../context.js';

export function sendJson(ctx: RequestContext, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  ctx.status = status;
  ctx.res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-request-id': ctx.id,
  });
  ctx.res.end(payload);
}

export function sendText(ctx: RequestContext, status: number, contentType: string, body: string): void {
  ctx.status = status;
  ctx.res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-request-id': ctx.id,
  });
  ctx.res.end(body);
}
