import { BastionError, toBastionError } from '../core/errors/index.js';
import type { AuditEntry } from '../store/types.js';
import type { RequestContext, StageName } from './context.js';
import type { GatewayCore } from './core.js';
import { sendError } from './error-funnel.js';
import { auditEntryOf } from './audit-entry.js';
import { settleLimits } from './limits.js';

/** One pipeline step: reads and writes the context; throws a BastionError to end the request. */
export interface Stage {
  readonly name: StageName;
  run(ctx: RequestContext, gw: GatewayCore): void | Promise<void>;
}

/**
 * Runs stages in order, recording each one's latency. Synchronous stages cost no promise
 * (auth and limits answer from memory on the hot path). One clock read per stage: a stage's end is the next one's
 * start (a read costs ~0.1 µs, and a request runs nine stages).
 */
export async function runStages(
  ctx: RequestContext,
  gw: GatewayCore,
  stages: readonly Stage[],
): Promise<void> {
  const timings = ctx.timings;
  let t0 = performance.now();
  for (const stage of stages) {
    const pending = stage.run(ctx, gw);
    if (pending !== undefined) await pending;
    const t1 = performance.now();
    // Added, not set: two steps can share a stage name (reading and validating the body are both `parse`).
    timings[stage.name] = (timings[stage.name] ?? 0) + (t1 - t0);
    t0 = t1;
  }
}

/** While the audit store recently failed, refuse new model calls at once instead of after the upstream spend. */
const AUDIT_RETRY_MS = 1000;

export function auditPreflight(ctx: RequestContext, gw: GatewayCore): void {
  if (gw.config.audit.failOpen || gw.auditFailedAt === 0) return;
  if (gw.clock.now() - gw.auditFailedAt < AUDIT_RETRY_MS) {
    throw new BastionError('BASTION_ERR_GATEWAY_AUDIT_UNAVAILABLE', undefined, {
      details: { retryAfterSeconds: 1 },
    });
  }
}

/**
 * Notes that the audit log refused a record (the metric, and the window in which requests fail fast) and returns
 * the 503 that fails the request closed.
 */
export function auditRefused(gw: GatewayCore, cause: unknown): BastionError {
  gw.auditFailedAt = gw.clock.now();
  gw.metrics.auditFailures.inc();
  return new BastionError('BASTION_ERR_GATEWAY_AUDIT_UNAVAILABLE', undefined, {
    cause,
    details: { retryAfterSeconds: 1 },
  });
}

/**
 * Writes the request's audit record. Fail-closed: throws AUDIT_UNAVAILABLE (503) when the store cannot
 * write, unless `audit.failOpen`, in which case the failure is logged loudly and counted.
 */
export async function writeAudit(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  if (ctx.audited || !gw.store || ctx.key === undefined) return;
  ctx.audited = true;
  const t0 = performance.now();
  const entry: AuditEntry = auditEntryOf(ctx, gw.config.audit.content, gw.clock.now());
  try {
    await gw.store.audit.append(entry);
    gw.auditFailedAt = 0;
  } catch (cause) {
    const refused = auditRefused(gw, cause);
    if (gw.config.audit.failOpen) {
      gw.log.error('audit append failed; continuing because audit.failOpen is true', {
        requestId: ctx.id,
        error: toBastionError(cause),
      });
      return;
    }
    throw refused;
  } finally {
    ctx.timings.audit = performance.now() - t0;
  }
}

/**
 * The end of every request: the error funnel when it failed (with an audit record for authenticated
 * callers), then metrics. Never throws.
 */
export async function finishRequest(ctx: RequestContext, gw: GatewayCore, thrown?: unknown): Promise<void> {
  try {
    await finish(ctx, gw, thrown);
  } catch (error) {
    // Last line of defence: a bug here must cost one response, never the process.
    gw.log.error('request finalisation failed', { requestId: ctx.id, error });
    if (!ctx.res.headersSent) {
      ctx.res.writeHead(500, { 'content-type': 'application/json' });
      ctx.res.end(
        '{"error":{"message":"Internal error","type":"server_error","code":"BASTION_ERR_INTERNAL","param":null}}',
      );
    } else if (!ctx.res.writableEnded) ctx.res.destroy();
  }
}

/** A policy block's reasons (never the matched text) go into the audit record too, as they go to the client. */
export function policyReasons(ctx: RequestContext, error: BastionError): void {
  const reasons = (error.details?.client as { reasons?: unknown } | undefined)?.reasons;
  if (Array.isArray(reasons)) ctx.extra.reasons = reasons;
}

async function finish(ctx: RequestContext, gw: GatewayCore, thrown?: unknown): Promise<void> {
  if (thrown !== undefined) {
    const error = toBastionError(thrown);
    ctx.status = error.status;
    ctx.errorCode = error.code;
    policyReasons(ctx, error);
    if (ctx.reservation && gw.store) {
      // Nothing was generated: the estimated tokens and cost go back (the request itself still counts for rpm).
      settleLimits(gw.store.counters, ctx.reservation, { tokens: 0, costUsd: 0 }, ctx.log, ctx.id);
      ctx.reservation = undefined;
    }
    if (!ctx.audited && ctx.key !== undefined) {
      try {
        await writeAudit(ctx, gw);
      } catch (auditError) {
        // The request already failed; its own error goes to the client, the audit failure to the log.
        gw.log.error('audit append failed for a failed request', { requestId: ctx.id, error: auditError });
      }
    }
    sendError(ctx.res, error, ctx.log, ctx.id, {
      route: ctx.route,
      keyId: ctx.key?.id,
      model: ctx.model,
    });
  }
  const total = performance.now() - ctx.startedAt;
  ctx.timings.total = total;
  if (thrown === undefined && ctx.route !== 'healthz' && ctx.route !== 'metrics') {
    // The access log line (errors were logged by the funnel). No prompt, no key secret: ids and numbers only.
    ctx.log.info('request', {
      requestId: ctx.id,
      route: ctx.route,
      status: ctx.status,
      keyId: ctx.key?.id,
      useCase: ctx.useCaseId,
      model: ctx.servedBy ?? ctx.model,
      stream: ctx.stream,
      ms: Math.round(total * 1000) / 1000,
      tokensIn: ctx.tokensIn,
      tokensOut: ctx.tokensOut,
      costUsd: ctx.costUsd,
    });
  }
  const m = gw.metrics;
  const model = ctx.servedBy ?? ctx.model ?? '';
  const useCase = ctx.useCaseId ?? '';
  m.requests.inc({ route: ctx.route, status: statusLabel(ctx.status), model, use_case: useCase });
  m.requestDuration.observe({ route: ctx.route }, total);
  for (const stage in ctx.timings) {
    if (stage !== 'total') m.stageDuration.observe({ stage }, ctx.timings[stage] as number);
  }
  if (ctx.tokensIn > 0 || ctx.tokensOut > 0) {
    m.tokens.inc({ model, use_case: useCase, direction: 'input' }, ctx.tokensIn);
    m.tokens.inc({ model, use_case: useCase, direction: 'output' }, ctx.tokensOut);
    m.cost.inc({ model, use_case: useCase }, ctx.costUsd);
  }
}

const STATUS_LABELS: string[] = [];

/** The status as a metric label, one string per status code (not a new one per request). */
function statusLabel(status: number): string {
  return (STATUS_LABELS[status] ??= String(status));
}
