import { BastionError } from '../../core/errors/index.js';
import type { AssistantRoutes } from '../../assistant/index.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { runStages, writeAudit } from '../pipeline.js';
import { authStage, readBodyStage } from '../stages.js';
import { sendJson } from './send.js';

function routesOf(gw: GatewayCore): AssistantRoutes {
  if (!gw.assistant) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_ROUTE_NOT_FOUND',
      'The docs assistant is not enabled on this gateway',
    );
  }
  return gw.assistant;
}

/** POST /v1/feedback: a thumbs up/down on an answer, tied to the caller's key and the answer's request id. */
export async function handleFeedback(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  const routes = routesOf(gw);
  await runStages(ctx, gw, [authStage, readBodyStage]);
  const result = routes.feedback(ctx.body, { keyId: ctx.key?.id ?? null, requestId: ctx.id });
  ctx.status = result.status;
  ctx.extra.feedback = true;
  await writeAudit(ctx, gw);
  sendJson(ctx, result.status, result.body);
}

const PASSAGE_PATH = /^\/v1\/docs\/passages\/([^/]{1,100})$/;

/** GET /v1/docs/passages/:id: the cited passage behind an answer (any valid key may read the public docs index). */
export async function handlePassage(ctx: RequestContext, gw: GatewayCore, path: string): Promise<void> {
  const routes = routesOf(gw);
  await runStages(ctx, gw, [authStage]);
  ctx.extra.route = 'GET /v1/docs/passages/:id';
  ctx.useCaseId = ctx.key?.useCase ?? null;
  let id: string;
  try {
    id = decodeURIComponent(PASSAGE_PATH.exec(path)?.[1] ?? '');
  } catch (cause) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      'The passage id is not valid URL encoding',
      { cause },
    );
  }
  // Who read which cited passage is audited (the id, not the text: the docs index is public to every key).
  ctx.extra.passageId = id;
  const result = routes.passage(id);
  ctx.status = result.status;
  await writeAudit(ctx, gw);
  sendJson(ctx, result.status, result.body);
}
