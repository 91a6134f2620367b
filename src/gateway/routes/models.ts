import { BastionError } from '../../core/errors/index.js';
import { allowedModels, resolveAccess } from '../../policy/index.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { runStages, writeAudit } from '../pipeline.js';
import { authStage } from '../stages.js';
import { sendJson } from './send.js';

/** Bastion has no per-model creation date; a fixed one keeps responses stable across restarts. */
const CREATED = 1_735_689_600;

/**
 * GET /v1/models: only the models the caller's use case may call, with availability
 * (`bastion.available`, and `bastion.unavailable_reason` when not), in OpenAI's list shape.
 */
function modelView(gw: GatewayCore, id: string) {
  const model = gw.config.models[id];
  const info = gw.availability.get(id);
  const reason = info?.available ? undefined : (info?.reason ?? 'unavailable');
  return {
    id,
    object: 'model',
    created: CREATED,
    owned_by: model?.provider ?? 'bastion',
    bastion: {
      kind: model?.kind ?? 'chat',
      available: reason === undefined,
      ...(reason === undefined ? {} : { unavailable_reason: reason }),
      data_classes: model?.dataClasses ?? [],
    },
  };
}

/**
 * GET /v1/models: only the models the caller's use case may call, with availability
 * (`bastion.available`, and `bastion.unavailable_reason` when not), in OpenAI's list shape.
 */
export async function handleModels(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  await runStages(ctx, gw, [authStage]);
  const key = ctx.key;
  if (!key) return;
  const access = resolveAccess(gw.config, key);
  ctx.useCaseId = access.useCaseId;
  const data = allowedModels(gw.config, access.useCase).map((id) => modelView(gw, id));
  ctx.status = 200;
  ctx.extra.route = 'GET /v1/models';
  await writeAudit(ctx, gw);
  sendJson(ctx, 200, { object: 'list', data });
}

/** GET /v1/models/:id: one model, 404 (as OpenAI) when it does not exist or the caller's use case cannot use it. */
export async function handleModel(ctx: RequestContext, gw: GatewayCore, path: string): Promise<void> {
  await runStages(ctx, gw, [authStage]);
  const key = ctx.key;
  if (!key) return;
  const access = resolveAccess(gw.config, key);
  ctx.useCaseId = access.useCaseId;
  ctx.extra.route = 'GET /v1/models/:id';
  let id = '';
  try {
    id = decodeURIComponent(path.slice('/v1/models/'.length));
  } catch (cause) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      'The model id in the path is not valid URL encoding',
      { cause },
    );
  }
  if (!allowedModels(gw.config, access.useCase).includes(id)) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
      `The model \`${id}\` does not exist or you do not have access to it.`,
    );
  }
  ctx.model = id;
  ctx.status = 200;
  await writeAudit(ctx, gw);
  sendJson(ctx, 200, modelView(gw, id));
}
