import { BastionError } from '../core/errors/index.js';
import type { ModelConfig } from '../core/config/index.js';
import {
  checkModelAccess,
  effectiveLimits,
  fallbackChain,
  resolveAccess,
  type ModelKind,
} from '../policy/index.js';
import { authenticateRequest } from './auth.js';
import { readJsonBody } from './body.js';
import type { RequestContext } from './context.js';
import type { GatewayCore } from './core.js';
import { consumeLimits } from './limits.js';
import type { Stage } from './pipeline.js';
import { auditPreflight } from './pipeline.js';
import type { ModelRoute } from './upstreams.js';

/** 401 unless the request carries a valid, unrevoked key. Answers from the key cache when it can. */
export const authStage: Stage = {
  name: 'auth',
  run(ctx, gw) {
    if (!gw.store) throw new BastionError('BASTION_ERR_GATEWAY_NO_STORE');
    const key = authenticateRequest(ctx.req, gw.store.auth);
    if (key instanceof Promise) {
      return key.then((k) => {
        ctx.key = k;
      });
    }
    ctx.key = key;
    return undefined;
  },
};

/** Reads the JSON body within the size limit and the request deadline. */
export const readBodyStage: Stage = {
  name: 'parse',
  run(ctx, gw) {
    return readJsonBody(ctx.req, {
      limit: gw.config.server.bodyLimit,
      timeoutMs: gw.config.server.requestTimeout,
    }).then((body) => {
      ctx.body = body;
    });
  },
};

/** Per-request facts the model stages share. */
export interface ModelPlan {
  model: ModelConfig;
  /** The model, then the fallbacks the policy allows, each with an available route. */
  routes: ModelRoute[];
}

/**
 * Resolves the key's use case, checks the model against it (404 unknown, 403 not allowed, 400 wrong kind)
 * and builds the fallback chain of available routes (503 with the reason when none is available).
 */
export function planModel(ctx: RequestContext, gw: GatewayCore, model: string, kind: ModelKind): ModelPlan {
  const key = ctx.key;
  if (key === undefined) throw new BastionError('BASTION_ERR_GATEWAY_AUTH_MISSING');
  const access = resolveAccess(gw.config, key);
  ctx.useCaseId = access.useCaseId;
  ctx.useCase = access.useCase;
  const config = checkModelAccess(gw.config, access, model, kind);
  const routes: ModelRoute[] = [];
  for (const name of fallbackChain(gw.config, access, model)) {
    const route = gw.upstreams.route(name);
    if (route) routes.push(route);
  }
  if (routes.length === 0) {
    const reason = gw.upstreams.unavailableReason(model) ?? 'no provider can serve it';
    throw new BastionError(
      'BASTION_ERR_GATEWAY_MODEL_UNAVAILABLE',
      `Model "${model}" is unavailable: ${reason}`,
    );
  }
  auditPreflight(ctx, gw);
  return { model: config, routes };
}

/** Charges the estimate to the key's limits (key limits over use-case limits); 429 + Retry-After when over. */
export function chargeEstimate(
  ctx: RequestContext,
  gw: GatewayCore,
  tokens: number,
  costUsd: number,
): void | Promise<void> {
  const key = ctx.key;
  const useCase = ctx.useCase;
  if (!gw.store || key === undefined || useCase === undefined) return undefined;
  const limits = effectiveLimits(useCase.limits, key.limits);
  if (
    limits.rpm === undefined &&
    limits.tpm === undefined &&
    limits.dailyBudgetUsd === undefined &&
    limits.monthlyBudgetUsd === undefined
  ) {
    return undefined;
  }
  const reservation = consumeLimits(
    gw.store.counters,
    { keyId: key.id, limits, tokens, costUsd },
    gw.metrics,
  );
  if (reservation instanceof Promise) {
    return reservation.then((r) => {
      ctx.reservation = r;
    });
  }
  ctx.reservation = reservation;
  return undefined;
}

/** Upstream failures worth trying the next model for: overload, outage, breaker open; never a 4xx the caller caused. */
export function shouldFallBack(error: unknown, ctx: RequestContext): boolean {
  if (ctx.abort.signal.aborted) return false;
  if (!(error instanceof BastionError)) return true;
  return error.status >= 500 || error.status === 429 || error.status === 408;
}

/** Counts the failure per provider; returns the error for rethrow. */
export function noteUpstreamError(gw: GatewayCore, provider: string, error: unknown): void {
  const code = error instanceof BastionError ? error.code : 'unknown';
  gw.metrics.upstreamErrors.inc({ provider, code });
}
