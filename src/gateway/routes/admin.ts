import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { approvalView } from '../approvals.js';
import { parseBody } from '../api-schemas.js';
import { requireAdmin } from '../auth.js';
import { readJsonBody } from '../body.js';
import type { RequestContext } from '../context.js';
import { auditEntryOf } from '../audit-entry.js';
import type { GatewayCore } from '../core.js';
import { auditRefused, runStages, writeAudit } from '../pipeline.js';
import { authStage } from '../stages.js';
import { sendJson } from './send.js';
import { keyAuditEvent, type KeyAuditAction, type KeyAuditActor } from '../../store/key-audit.js';
import type { CreateKeyInput, KeyChange, KeyChangeResult, Store } from '../../store/types.js';

const limitsBody = z
  .object({
    rpm: z.number().int().positive().optional(),
    tpm: z.number().int().positive().optional(),
    dailyBudgetUsd: z.number().positive().optional(),
    monthlyBudgetUsd: z.number().positive().optional(),
  })
  .strict();

/** POST /admin/v1/keys: the same choices as `bastion keys create`. */
const createKeyBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    useCase: z.string().min(1).optional(),
    admin: z.boolean().optional(),
    limits: limitsBody.optional(),
  })
  .strict()
  .refine((b) => b.admin === true || b.useCase !== undefined, {
    message: 'give useCase (an app key) or admin: true',
    path: ['useCase'],
  })
  .refine((b) => !(b.admin === true && b.useCase !== undefined), {
    message: 'an admin key has no use case',
    path: ['useCase'],
  });

const KEY_PATH = /^\/admin\/v1\/keys\/([A-Za-z0-9_-]{1,100})(?:\/(revoke|rotate|usage))?$/;
const APPROVAL_PATH = /^\/admin\/v1\/approvals\/(apr_[a-f0-9]{24})(?:\/(approve|deny))?$/;

/** Who made a key change through this API: the admin key that authenticated the call. */
function adminActor(ctx: RequestContext): KeyAuditActor {
  return { type: 'admin-key', keyId: ctx.key?.id ?? '' };
}

/**
 * Records a key lifecycle event that changes nothing (a listing) in the request's audit record and writes it
 * before the response goes out.
 */
async function auditKeyEvent(
  ctx: RequestContext,
  gw: GatewayCore,
  action: KeyAuditAction,
  status: number,
  details: Record<string, unknown>,
): Promise<void> {
  ctx.status = status;
  ctx.extra.keyEvent = {
    ...keyAuditEvent(action, adminActor(ctx), null),
    ...details,
  };
  await writeAudit(ctx, gw);
}

/**
 * Makes a key change and its audit record (ids, use case, limits; never the secret) in ONE store transaction, as
 * `bastion keys` does: if the log cannot take the record the key stays as it was and the call fails closed with
 * 503 (audit.failOpen does not apply to key changes). A key error (unknown or revoked key) changes nothing and is
 * audited by the error funnel like any refused call.
 */
async function changeKeyAudited(
  ctx: RequestContext,
  gw: GatewayCore,
  store: Store,
  change: KeyChange,
  status: number,
): Promise<KeyChangeResult> {
  const t0 = performance.now();
  ctx.status = status;
  ctx.audited = true;
  try {
    const result = await store.changeKey(change, (record) => {
      ctx.extra.targetKeyId = record.id;
      ctx.extra.keyEvent = keyAuditEvent(
        change.action,
        { type: 'admin-key', keyId: ctx.key?.id ?? '' },
        record,
      );
      return auditEntryOf(ctx, gw.config.audit.content, gw.clock.now());
    });
    gw.auditFailedAt = 0;
    return result;
  } catch (cause) {
    if (cause instanceof BastionError && cause.code === 'BASTION_ERR_STORE_AUDIT_WRITE')
      throw auditRefused(gw, cause);
    ctx.audited = false;
    delete ctx.extra.keyEvent;
    throw cause;
  } finally {
    ctx.timings.audit = performance.now() - t0;
  }
}

/**
 * With several workers, each caches keys for up to the key cache TTL: the primary tells every other worker to drop
 * this one before the admin call returns, so a revoked key is refused everywhere from the response on. If the
 * primary does not answer, the change is in the store all the same and the other workers see it within the TTL.
 */
async function tellOtherWorkers(gw: GatewayCore, keyId: string, requestId: string): Promise<void> {
  if (!gw.cluster) return;
  try {
    await gw.cluster.keyChanged(keyId);
  } catch (error) {
    gw.log.warn('key change not broadcast to the other workers; they pick it up within the key cache TTL', {
      requestId,
      keyId,
      error,
    });
  }
}

/**
 * The query of an admin GET: only the parameters the route knows, booleans spelled true or false. Anything else is a
 * 400 naming it: `include_revoked=yes` (or `includeRevoked=true`) used to list without the revoked keys, silently.
 */
function readQuery(ctx: RequestContext, booleans: readonly string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [name, value] of new URL(ctx.req.url ?? '/', 'http://x').searchParams) {
    const invalid = (message: string) =>
      new BastionError('BASTION_ERR_GATEWAY_REQUEST_INVALID', message, { details: { param: name } });
    if (!booleans.includes(name))
      throw invalid(
        `unknown query parameter "${name}"${booleans.length ? ` (known: ${booleans.join(', ')})` : ' (this route takes none)'}`,
      );
    if (value !== 'true' && value !== 'false') throw invalid(`${name}: expected true or false`);
    out[name] = value === 'true';
  }
  return out;
}

function methodNotAllowed(method: string, path: string): BastionError {
  return new BastionError('BASTION_ERR_GATEWAY_METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`);
}

/**
 * /admin/v1/*: key management and tool-call approvals, admin keys only. Every change is logged with
 * the acting key id; secrets appear once, in the response that creates or rotates a key.
 */
export async function handleAdmin(ctx: RequestContext, gw: GatewayCore, path: string): Promise<void> {
  await runStages(ctx, gw, [authStage]);
  const actor = ctx.key;
  const store = gw.store;
  if (!actor || !store) throw new BastionError('BASTION_ERR_GATEWAY_NO_STORE');
  const method = ctx.req.method ?? 'GET';
  // Every admin record names its route (refused and failed calls too: the error funnel writes the same ctx.extra).
  ctx.extra.route = `${method} ${path}`;
  requireAdmin(actor);

  if (path === '/admin/v1/keys') {
    if (method === 'GET') {
      const includeRevoked = readQuery(ctx, ['include_revoked']).include_revoked === true;
      const data = await store.keys.list({ includeRevoked });
      await auditKeyEvent(ctx, gw, 'list', 200, { includeRevoked, count: data.length });
      sendJson(ctx, 200, { object: 'list', data });
      return;
    }
    if (method === 'POST') return createKey(ctx, gw, store);
    throw methodNotAllowed(method, path);
  }

  const keyMatch = KEY_PATH.exec(path);
  if (keyMatch) {
    const id = keyMatch[1] as string;
    const action = keyMatch[2];
    ctx.extra.targetKeyId = id;
    if (action === undefined && method === 'GET') {
      const record = await store.keys.get(id);
      if (!record) throw new BastionError('BASTION_ERR_STORE_KEY_NOT_FOUND', `No key with id ${id}`);
      sendJson(ctx, 200, record);
      return;
    }
    if ((action === undefined && method === 'DELETE') || (action === 'revoke' && method === 'POST')) {
      const { record } = await changeKeyAudited(ctx, gw, store, { action: 'revoke', id }, 200);
      await tellOtherWorkers(gw, id, ctx.id);
      gw.log.info('key revoked', { requestId: ctx.id, keyId: id, by: actor.id });
      sendJson(ctx, 200, record);
      return;
    }
    if (action === 'rotate' && method === 'POST') {
      const issued = await changeKeyAudited(ctx, gw, store, { action: 'rotate', id }, 200);
      await tellOtherWorkers(gw, id, ctx.id);
      gw.log.info('key rotated', { requestId: ctx.id, keyId: id, by: actor.id });
      sendJson(ctx, 200, { key: issued.record, secret: issued.secret });
      return;
    }
    if (action === 'usage' && method === 'GET') {
      const record = await store.keys.get(id);
      if (!record) throw new BastionError('BASTION_ERR_STORE_KEY_NOT_FOUND', `No key with id ${id}`);
      sendJson(ctx, 200, { keyId: id, usage: await store.counters.usage(id) });
      return;
    }
    throw methodNotAllowed(method, path);
  }

  if (path === '/admin/v1/approvals' && method === 'GET') {
    readQuery(ctx, []);
    const held = await gw.approvals.list(gw.clock.now());
    sendJson(ctx, 200, { object: 'list', data: held.map(approvalView) });
    return;
  }
  const approvalMatch = APPROVAL_PATH.exec(path);
  if (approvalMatch) {
    const id = approvalMatch[1] as string;
    const action = approvalMatch[2];
    const now = gw.clock.now();
    const found =
      action === undefined && method === 'GET'
        ? await gw.approvals.get(id, now)
        : method === 'POST' && action !== undefined
          ? await gw.approvals.decide(id, action === 'approve' ? 'approved' : 'denied', now)
          : null;
    if (found === null) throw methodNotAllowed(method, path);
    if (!found) throw new BastionError('BASTION_ERR_GATEWAY_APPROVAL_NOT_FOUND');
    if (action)
      gw.log.info('tool call decided', {
        requestId: ctx.id,
        approval: id,
        decision: found.status,
        by: actor.id,
      });
    sendJson(ctx, 200, approvalView(found));
    return;
  }
  throw new BastionError('BASTION_ERR_GATEWAY_ROUTE_NOT_FOUND', `No admin route ${method} ${path}`);
}

async function createKey(ctx: RequestContext, gw: GatewayCore, store: Store): Promise<void> {
  const raw = await readJsonBody(ctx.req, {
    limit: gw.config.server.bodyLimit,
    timeoutMs: gw.config.server.requestTimeout,
  });
  const body = parseBody(createKeyBody, raw);
  if (body.useCase !== undefined && !Object.hasOwn(gw.config.useCases, body.useCase)) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      `useCase: unknown use case "${body.useCase}" (configured: ${Object.keys(gw.config.useCases).join(', ') || 'none'})`,
      { details: { param: 'useCase' } },
    );
  }
  const input: CreateKeyInput = {
    useCase: body.useCase ?? null,
    admin: body.admin ?? false,
    ...(body.name === undefined ? {} : { name: body.name }),
    ...(body.limits === undefined ? {} : { limits: body.limits }),
  };
  const issued = await changeKeyAudited(ctx, gw, store, { action: 'create', input }, 201);
  gw.log.info('key created', {
    requestId: ctx.id,
    keyId: issued.record.id,
    admin: issued.record.admin,
    by: ctx.key?.id,
  });
  sendJson(ctx, 201, { key: issued.record, secret: issued.secret });
}
