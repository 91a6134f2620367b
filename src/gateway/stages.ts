import { BastionError } from '../core/errors/index.js';
import type { ModelConfig } from '../core/config/index.js';
import type { Routed } from '../providers/index.js';
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
  /** The model, then the fallbacks the policy allows, each available: what the router may try, in order. */
  models: string[];
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
  const models = fallbackChain(gw.config, access, model).filter(
    (name) => gw.availability.get(name)?.available,
  );
  if (models.length === 0) {
    const reason = gw.availability.get(model)?.reason ?? 'no provider can serve it';
    throw new BastionError(
      'BASTION_ERR_GATEWAY_MODEL_UNAVAILABLE',
      `Model "${model}" is unavailable: ${reason}`,
    );
  }
  auditPreflight(ctx, gw);
  return { model: config, models };
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
      ctx.waitedForTurn = true;
    });
  }
  ctx.reservation = reservation;
  return undefined;
}

/** Counts failed upstream attempts per provider and code (every model the router tried). */
export function countUpstreamFailure(gw: GatewayCore, error: unknown): void {
  if (!(error instanceof BastionError) || !error.code.startsWith('BASTION_ERR_PROVIDERS_')) return;
  const attempts = error.details?.attempts;
  if (Array.isArray(attempts)) {
    for (const a of attempts as { provider?: string; code?: string }[]) {
      if (a.code) gw.metrics.upstreamErrors.inc({ provider: a.provider ?? '', code: a.code });
    }
    return;
  }
  const provider = typeof error.details?.provider === 'string' ? error.details.provider : '';
  gw.metrics.upstreamErrors.inc({ provider, code: error.code });
}

/** Notes which models failed before one answered (fallback), for metrics and the audit record. */
export function noteRouted(ctx: RequestContext, gw: GatewayCore, routed: Routed<unknown>): void {
  ctx.servedBy = routed.model;
  ctx.provider = routed.provider;
  if (routed.attempts.length > 1) {
    const failed = routed.attempts.filter((a) => a.error);
    for (const a of failed)
      gw.metrics.upstreamErrors.inc({ provider: a.provider, code: a.error?.code ?? '' });
    ctx.extra.fallbackFrom = failed.map((a) => a.model);
  }
}
