import { BastionError } from '../../core/errors/index.js';
import type { EmbeddingsRequest } from '../../providers/types.js';
import { embeddingsRequestSchema, parseBody } from '../api-schemas.js';
import { embeddingsInputGuards } from '../guard-stages.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { settleLimits } from '../limits.js';
import { runStages, writeAudit, type Stage } from '../pipeline.js';
import {
  authStage,
  chargeEstimate,
  countUpstreamFailure,
  noteRouted,
  planModel,
  readBodyStage,
} from '../stages.js';
import { costUsd, estimateEmbeddingTokens } from '../tokens.js';
import { endOfTurn } from '../turn.js';

const validate: Stage = {
  name: 'parse',
  run(ctx) {
    const data = parseBody(embeddingsRequestSchema, ctx.body);
    ctx.embeddingsRequest = data as EmbeddingsRequest;
    ctx.model = data.model;
  },
};

const scope: Stage = {
  name: 'scope',
  run(ctx, gw) {
    const request = ctx.embeddingsRequest as EmbeddingsRequest;
    ctx.plan = planModel(ctx, gw, request.model, 'embeddings');
    ctx.promptText = JSON.stringify(request.input);
  },
};

const limits: Stage = {
  name: 'limits',
  run(ctx, gw) {
    const plan = ctx.plan;
    if (!plan) return undefined;
    const tokens = estimateEmbeddingTokens((ctx.embeddingsRequest as EmbeddingsRequest).input);
    ctx.tokensIn = tokens;
    return chargeEstimate(ctx, gw, tokens, costUsd(plan.model, tokens, 0));
  },
};

const upstream: Stage = {
  name: 'upstream',
  async run(ctx, gw) {
    const plan = ctx.plan;
    const request = ctx.embeddingsRequest as EmbeddingsRequest;
    if (!plan) return;
    if (!ctx.waitedForTurn) await endOfTurn();
    try {
      const routed = await gw.providers.embeddings(plan.models, request, {
        signal: ctx.abort,
        requestId: ctx.id,
      });
      noteRouted(ctx, gw, routed);
      ctx.embeddingsResponse = routed.result;
    } catch (error) {
      countUpstreamFailure(gw, error);
      throw error;
    }
  },
};

const STAGES: readonly Stage[] = [
  authStage,
  readBodyStage,
  validate,
  scope,
  limits,
  embeddingsInputGuards,
  upstream,
];

/** POST /v1/embeddings */
export async function handleEmbeddings(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  await runStages(ctx, gw, STAGES);
  const response = ctx.embeddingsResponse;
  const plan = ctx.plan;
  if (!response || !plan) throw new BastionError('BASTION_ERR_INTERNAL', 'no embeddings response');
  ctx.tokensIn = response.usage?.prompt_tokens ?? ctx.tokensIn;
  ctx.costUsd = costUsd(gw.config.models[ctx.servedBy ?? ''] ?? plan.model, ctx.tokensIn, 0);
  if (ctx.reservation && gw.store) {
    settleLimits(
      gw.store.counters,
      ctx.reservation,
      { tokens: ctx.tokensIn, costUsd: ctx.costUsd },
      ctx.log,
      ctx.id,
    );
    ctx.reservation = undefined; // settled
  }
  ctx.status = 200;
  await writeAudit(ctx, gw);
  const payload = JSON.stringify(response);
  ctx.res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-request-id': ctx.id,
  });
  ctx.res.end(payload);
}
