import { BastionError } from '../../core/errors/index.js';
import { constantTimeEqual } from '../../core/hash.js';
import { presentedSecret, requireAdmin } from '../auth.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { runStages } from '../pipeline.js';
import { authStage } from '../stages.js';
import { sendText } from './send.js';

const PROMETHEUS_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
const BREAKER_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

/** Copies each upstream's circuit-breaker state into its gauge (read at scrape time, not on every change). */
export function refreshBreakerStates(gw: GatewayCore): void {
  for (const [provider, state] of Object.entries(gw.providers.breakerStates())) {
    gw.metrics.breakerState.set({ provider }, BREAKER_VALUE[state]);
  }
}

/**
 * The Prometheus text: this process's metrics, or with `server.workers` > 1 the whole server's, merged by the
 * primary from every worker (whichever worker the scrape reached).
 */
export async function renderMetrics(gw: GatewayCore): Promise<string> {
  if (gw.cluster) return gw.cluster.metrics();
  refreshBreakerStates(gw);
  return gw.metrics.render();
}

/**
 * GET /metrics on the main listener: the `server.metrics.token` bearer token (constant-time compare)
 * or an admin key. Scrapers that cannot hold a secret use the separate `server.metrics.listen` address.
 */
export async function handleMetrics(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  const token = gw.config.server.metrics.token;
  const presented = presentedSecret(ctx.req);
  if (token !== undefined && presented !== undefined && constantTimeEqual(presented, token)) {
    sendText(ctx, 200, PROMETHEUS_TYPE, await renderMetrics(gw));
    return;
  }
  if (presented === undefined) throw new BastionError('BASTION_ERR_GATEWAY_AUTH_MISSING');
  await runStages(ctx, gw, [authStage]);
  if (ctx.key) requireAdmin(ctx.key);
  sendText(ctx, 200, PROMETHEUS_TYPE, await renderMetrics(gw));
}

/** The unauthenticated metrics listener serves this and nothing else. */
export async function handlePublicMetrics(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  sendText(ctx, 200, PROMETHEUS_TYPE, await renderMetrics(gw));
}
