import type { GuardAction } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';
import type { GuardEngine, ResolvedScannerSettings } from '../guards/engine.js';
import { redact } from '../guards/redact.js';
import { disjointSpans, labelOf } from '../guards/spans.js';
import type { Direction, Finding, ScanContext } from '../guards/types.js';
import type { Vault } from '../guards/vault.js';
import { decide, type DecisionInput } from '../policy/decide.js';

/** A finding the policy acted on, with the action taken and why (for the audit record). */
export interface ActedFinding {
  finding: Finding;
  action: GuardAction;
  reason?: string;
}

/** What the policy needs to know about where a text goes (data-class rules, reroute targets), plus the vault. */
export type PolicyTarget = Pick<DecisionInput, 'model' | 'useCase' | 'models'> & {
  /** Per-request vault: `tokenize` spans become placeholders the answer gets back. Without one, they are redacted. */
  vault?: Vault;
};

export interface GuardVerdict {
  /** The text with redact/tokenize spans replaced; the original when nothing was replaced. */
  text: string;
  /** The text's overall action (the most severe). */
  action: GuardAction;
  blocked: ActedFinding[];
  acted: ActedFinding[];
  /** Human-readable reasons, never the matched values. */
  reasons: string[];
  /** Set when the data-class rule (or a scanner) reroutes to a model allowed to receive the data. */
  rerouteTo?: string;
}

/**
 * The governance decision for one text (src/policy/decide.ts: thresholds, data classes, fail-closed scanner
 * failures), applied: spans redacted or tokenised, the whole text blocked, or a reroute target chosen.
 */
export function applyGuardActions(
  text: string,
  findings: readonly Finding[],
  settings: ReadonlyMap<string, ResolvedScannerSettings>,
  direction: Direction = 'input',
  target: PolicyTarget = {},
): GuardVerdict {
  const { vault, ...where } = target;
  const decision = decide({ direction, findings, settings, ...where });
  const acted: ActedFinding[] = decision.acted;
  const blocked = decision.action === 'block' ? acted.filter((a) => a.action === 'block') : [];
  let out = text;
  if (decision.action !== 'block') {
    const redactions = vault ? decision.redact : [...decision.redact, ...decision.tokenize];
    out = redactions.length > 0 ? redact(text, redactions) : text;
    if (vault && decision.tokenize.length > 0)
      out = vault.tokenize(out, shiftSpans(decision.tokenize, redactions));
  }
  return {
    text: out,
    action: decision.action,
    blocked,
    acted,
    reasons: decision.reasons,
    ...(decision.rerouteTo === undefined ? {} : { rerouteTo: decision.rerouteTo }),
  };
}

/**
 * Tokenise spans moved to their offsets in the redacted text (redaction wins where the two overlap), so both
 * replacements apply in one consistent pass.
 */
function shiftSpans(spans: readonly Finding[], redactions: readonly Finding[]): Finding[] {
  const red = disjointSpans(redactions);
  const out: Finding[] = [];
  for (const span of spans) {
    if (red.some((r) => span.start < r.end && r.start < span.end)) continue;
    let delta = 0;
    for (const r of red)
      if (r.end <= span.start) delta += `[REDACTED:${labelOf(r)}]`.length - (r.end - r.start);
    out.push({ ...span, start: span.start + delta, end: span.end + delta });
  }
  return out;
}

export function blockedError(direction: Direction, reasons: readonly string[]): BastionError {
  return new BastionError(
    'BASTION_ERR_POLICY_BLOCKED',
    `The ${direction === 'input' ? 'request' : 'response'} was blocked by policy: ${reasons.join('; ')}`,
    { details: { client: { reasons } } },
  );
}

/** Scans one text and applies the policy; `target` may be a function, called only when the scan found something. */
export function guardText(
  engine: GuardEngine,
  text: string,
  direction: Direction,
  useCase: string,
  source: 'user' | 'document' | 'tool' | 'model',
  target: PolicyTarget | (() => PolicyTarget) = {},
  facts: Pick<ScanContext, 'systemPrompt' | 'canaries'> = {},
): GuardVerdict & { findings: Finding[] } {
  const { findings } = engine.scan(text, { direction, useCase, source, ...facts });
  if (findings.length === 0) return { text, action: 'allow', blocked: [], acted: [], reasons: [], findings };
  // The target (and the request's vault) is built only when there is something to decide: most texts are clean.
  const resolved = typeof target === 'function' ? target() : target;
  return {
    ...applyGuardActions(text, findings, engine.settings(direction, useCase), direction, resolved),
    findings,
  };
}
