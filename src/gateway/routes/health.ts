import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { sendJson } from './send.js';

/**
 * GET /healthz, the only route without auth: liveness for load balancers. It reveals nothing about
 * keys, models or configuration; 503 while draining so balancers stop sending traffic.
 */
export function handleHealth(ctx: RequestContext, gw: GatewayCore): void {
  if (gw.draining) sendJson(ctx, 503, { status: 'draining' });
  else sendJson(ctx, 200, { status: 'ok' });
}
