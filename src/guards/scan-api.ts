import { z } from 'zod';
import type { GuardAction } from '../core/config/guards-schema.js';
import type { ModelConfig } from '../core/config/models-schema.js';
import type { UseCaseConfig } from '../core/config/use-cases-schema.js';
import { BastionError } from '../core/errors/index.js';
import { decide } from '../policy/decide.js';
import type { GuardEngine } from './engine.js';
import { redact } from './redact.js';
import type { Finding } from './types.js';

/** Body of `POST /v1/guard/scan`. */
export const guardScanRequestSchema = z
  .object({
    text: z.string(),
    direction: z.enum(['input', 'output']).default('input'),
    /** Public model name the text would go to; decides which data classes may pass. */
    model: z.string().min(1).optional(),
    /** Where the text came from (indirect injection is judged stricter for documents and tool results). */
    source: z.enum(['user', 'document', 'tool', 'model']).optional(),
    /** For output scans: the system prompt (prompt-leak check) and the canaries planted in it. */
    systemPrompt: z.string().optional(),
    canaries: z.array(z.string().min(8)).max(16).optional(),
    /** Also return the text with redact/tokenize spans replaced by `[REDACTED:TYPE]`. */
    redact: z.boolean().default(false),
  })
  .strict();

export type GuardScanRequest = z.input<typeof guardScanRequestSchema>;

export interface GuardScanResponse {
  /** True when any finding reached its scanner's threshold. */
  flagged: boolean;
  action: GuardAction;
  reasons: string[];
  dataClasses: string[];
  rerouteTo?: string;
  findings: Finding[];
  redactedText?: string;
  elapsedUs: number;
}

export interface GuardScanDeps {
  engine: GuardEngine;
  /** The caller's use case (from its API key), with its id. */
  useCase?: { id: string; config: Pick<UseCaseConfig, 'models' | 'onDisallowedData' | 'dataClasses'> };
  models?: Readonly<Record<string, Pick<ModelConfig, 'dataClasses'>>>;
}

/** Validates a scan request body; a bad one throws BASTION_ERR_GUARDS_SCAN_INPUT (400) naming the field. */
export function parseGuardScanRequest(body: unknown): z.output<typeof guardScanRequestSchema> {
  const parsed = guardScanRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  throw new BastionError('BASTION_ERR_GUARDS_SCAN_INPUT', `${where}: ${issue?.message ?? 'invalid'}`);
}

/**
 * The logic of `POST /v1/guard/scan` (the gateway mounts it after authentication and passes the key's use case):
 * validates the body, scans, decides, and returns the JSON body. Bad input throws BASTION_ERR_GUARDS_SCAN_INPUT (400).
 *
 * @example
 * const body = handleGuardScan(parsedJson, { engine, useCase: { id, config: config.useCases[id] }, models: config.models });
 */
export function handleGuardScan(body: unknown, deps: GuardScanDeps): GuardScanResponse {
  const req = parseGuardScanRequest(body);
  let model: { name: string; dataClasses: ModelConfig['dataClasses'] } | undefined;
  if (req.model !== undefined) {
    const config = deps.models?.[req.model];
    if (!config)
      throw new BastionError('BASTION_ERR_GUARDS_SCAN_INPUT', `model: unknown model "${req.model}"`);
    if (deps.useCase && !deps.useCase.config.models.includes(req.model)) {
      throw new BastionError(
        'BASTION_ERR_GUARDS_SCAN_INPUT',
        `model: "${req.model}" is not a model of use case "${deps.useCase.id}"`,
      );
    }
    model = { name: req.model, dataClasses: config.dataClasses };
  }
  const { findings, elapsedUs } = deps.engine.scan(req.text, {
    direction: req.direction,
    ...(deps.useCase ? { useCase: deps.useCase.id } : {}),
    ...(req.source ? { source: req.source } : {}),
    ...(req.systemPrompt !== undefined ? { systemPrompt: req.systemPrompt } : {}),
    ...(req.canaries ? { canaries: req.canaries } : {}),
  });
  const settings = deps.engine.settings(req.direction, deps.useCase?.id);
  const decision = decide({
    direction: req.direction,
    findings,
    settings,
    ...(model ? { model } : {}),
    ...(deps.useCase ? { useCase: { id: deps.useCase.id, ...deps.useCase.config } } : {}),
    ...(deps.models ? { models: deps.models } : {}),
  });
  const response: GuardScanResponse = {
    flagged: decision.acted.length > 0,
    action: decision.action,
    reasons: decision.reasons,
    dataClasses: decision.dataClasses,
    ...(decision.rerouteTo ? { rerouteTo: decision.rerouteTo } : {}),
    // Only what reached its scanner's threshold (or a failed scanner, which fails closed): the detectors score
    // every text, and a 0.30 "prompt_injection" on an empty string listed as a finding reads as a detection. The
    // fallback threshold is the policy's for a scanner without settings, so what is listed is what was decided on.
    findings: findings.filter(
      (f) => f.kind === 'scanner_failed' || f.score >= (settings.get(f.scanner)?.threshold ?? 0.5),
    ),
    elapsedUs,
  };
  if (req.redact) response.redactedText = redact(req.text, [...decision.redact, ...decision.tokenize]);
  return response;
}
