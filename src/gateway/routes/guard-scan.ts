import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { resolveAccess } from '../../policy/index.js';
import { parseBody } from '../api-schemas.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { applyGuardActions } from '../guard-policy.js';
import { runStages } from '../pipeline.js';
import { authStage, readBodyStage } from '../stages.js';
import { sendJson } from './send.js';

const scanBody = z
  .object({
    input: z.string().max(1_000_000),
    direction: z.enum(['input', 'output']).default('input'),
    source: z.enum(['user', 'document', 'tool', 'model']).optional(),
  })
  .strict();

/**
 * POST /v1/guard/scan: the gateway's guards as a service, with the settings of the caller's use case,
 * for pipelines that are not LLM calls (documents before indexing, tool output). Returns the findings
 * (spans, never the matched text), the verdict and the redacted text.
 */
export async function handleGuardScan(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  await runStages(ctx, gw, [authStage, readBodyStage]);
  const body = parseBody(scanBody, ctx.body);
  const key = ctx.key;
  if (!key) throw new BastionError('BASTION_ERR_GATEWAY_AUTH_MISSING');
  const access = resolveAccess(gw.config, key);
  ctx.useCaseId = access.useCaseId;
  const { input, direction } = body;
  const source = body.source ?? (direction === 'input' ? 'user' : 'model');
  if (!gw.guards) {
    sendJson(ctx, 200, { verdict: 'allow', findings: [], text: input, elapsed_us: 0, guards_enabled: false });
    return;
  }
  const t0 = performance.now();
  const result = gw.guards.scan(input, { direction, useCase: access.useCaseId, source });
  const verdict = applyGuardActions(
    input,
    result.findings,
    gw.guards.settings(direction, access.useCaseId),
    direction,
  );
  ctx.timings[direction === 'input' ? 'guards_input' : 'guards_output'] = performance.now() - t0;
  const overall = verdict.action;
  sendJson(ctx, 200, {
    verdict: overall,
    findings: result.findings.map((f) => ({
      scanner: f.scanner,
      kind: f.kind,
      type: f.type ?? null,
      score: f.score,
      start: f.start,
      end: f.end,
      action: verdict.acted.find((a) => a.finding === f)?.action ?? 'allow',
    })),
    reasons: verdict.reasons,
    text: overall === 'block' ? null : verdict.text,
    elapsed_us: result.elapsedUs,
  });
}
