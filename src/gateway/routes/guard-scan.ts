import { BastionError } from '../../core/errors/index.js';
import { parseGuardScanRequest, handleGuardScan as scanForCaller } from '../../guards/scan-api.js';
import { resolveAccess } from '../../policy/index.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { runStages } from '../pipeline.js';
import { authStage, readBodyStage } from '../stages.js';
import { sendJson } from './send.js';

/**
 * POST /v1/guard/scan: the gateway's guards as a service, with the settings and data-class rules of the caller's
 * use case, for pipelines that are not LLM calls (documents before indexing, tool output). The body and answer are
 * those of `bastion scan` (src/guards/scan-api.ts), so the CLI and the HTTP API cannot drift apart.
 */
export async function handleGuardScan(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  await runStages(ctx, gw, [authStage, readBodyStage]);
  const key = ctx.key;
  if (!key) throw new BastionError('BASTION_ERR_GATEWAY_AUTH_MISSING');
  const access = resolveAccess(gw.config, key);
  ctx.useCaseId = access.useCaseId;
  const request = parseGuardScanRequest(ctx.body);
  if (!gw.guards) {
    // Guards switched off in the config: nothing is scanned, and the answer says so instead of looking clean.
    sendJson(ctx, 200, {
      flagged: false,
      action: 'allow',
      reasons: ["guards are disabled in this gateway's config"],
      dataClasses: [],
      findings: [],
      elapsedUs: 0,
    });
    return;
  }
  const useCase = gw.config.useCases[access.useCaseId];
  const t0 = performance.now();
  const response = scanForCaller(request, {
    engine: gw.guards,
    ...(useCase ? { useCase: { id: access.useCaseId, config: useCase } } : {}),
    models: gw.config.models,
  });
  ctx.timings[request.direction === 'input' ? 'guards_input' : 'guards_output'] = performance.now() - t0;
  sendJson(ctx, 200, response);
}
