import { BastionError } from '../../core/errors/index.js';
import { parseGuardScanRequest, handleGuardScan as scanForCaller } from '../../guards/scan-api.js';
import { resolveAccess } from '../../policy/index.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { runStages, writeAudit } from '../pipeline.js';
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
  ctx.extra.route = 'POST /v1/guard/scan';
  const request = parseGuardScanRequest(ctx.body);
  // The scanned text is audited like a prompt (input) or an answer (output): a hash by default, per audit.content.
  if (request.direction === 'input') ctx.promptText = request.text;
  else ctx.responseText = request.text;
  if (request.model !== undefined) ctx.model = request.model;
  if (!gw.guards) {
    ctx.status = 200;
    ctx.extra.guardScan = {
      direction: request.direction,
      action: 'allow',
      flagged: false,
      guards: 'disabled',
    };
    await writeAudit(ctx, gw);
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
  ctx.status = 200;
  ctx.findings = response.findings;
  ctx.extra.guardScan = {
    direction: request.direction,
    action: response.action,
    flagged: response.flagged,
    ...(request.source ? { source: request.source } : {}),
  };
  if (response.reasons.length > 0) ctx.extra.reasons = response.reasons;
  if (
    gw.config.audit.content === 'redacted' &&
    response.redactedText !== undefined &&
    response.redactedText !== request.text
  ) {
    // `audit.content: redacted` keeps the redacted text, as for a chat prompt the guards redacted.
    if (request.direction === 'input') {
      ctx.promptText = response.redactedText;
      ctx.extra.redacted = true;
    } else {
      ctx.responseText = response.redactedText;
      ctx.extra.responseRedacted = true;
    }
  }
  // Written before the answer, fail closed: a scan the audit log cannot record is answered 503, as a model call is.
  await writeAudit(ctx, gw);
  sendJson(ctx, 200, response);
}
