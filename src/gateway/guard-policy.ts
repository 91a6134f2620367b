import type { GuardAction } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';
import type { GuardEngine, ResolvedScannerSettings } from '../guards/engine.js';
import type { Direction, Finding } from '../guards/types.js';

/** A finding the policy acted on, with the action taken (for the audit record). */
export interface ActedFinding {
  finding: Finding;
  action: GuardAction;
}

export interface GuardVerdict {
  /** The text with `redact`/`tokenize` spans replaced; the original when nothing was replaced. */
  text: string;
  blocked: ActedFinding[];
  acted: ActedFinding[];
}

/**
 * Applies each scanner's configured action to its findings above threshold. A `scanner_failed` finding
 * blocks unless that scanner is explicitly fail-open or could at most have flagged (fail closed). `reroute` and `tokenize` need the
 * data-class policy: until it decides, `tokenize` redacts and `reroute` flags, so nothing is let through
 * that the configuration meant to keep back.
 */
export function applyGuardActions(
  text: string,
  findings: readonly Finding[],
  settings: ReadonlyMap<string, ResolvedScannerSettings>,
): GuardVerdict {
  const blocked: ActedFinding[] = [];
  const acted: ActedFinding[] = [];
  const redactions: Finding[] = [];
  for (const finding of findings) {
    const s = settings.get(finding.scanner);
    if (finding.kind === 'scanner_failed') {
      // Fail closed means: to the strictest outcome the scanner could have produced. A scanner that may only
      // flag or count (refusal detection, say) cannot block by failing; one that redacts or blocks does,
      // because the spans it would have removed are unknown.
      const couldOnlyFlag =
        s !== undefined && (s.action === 'allow' || s.action === 'flag' || s.action === 'reroute');
      const action: GuardAction = s?.failOpen || couldOnlyFlag ? 'flag' : 'block';
      acted.push({ finding, action });
      if (action === 'block') blocked.push({ finding, action });
      continue;
    }
    if (!s || finding.score < s.threshold) continue;
    acted.push({ finding, action: s.action });
    if (s.action === 'block') blocked.push({ finding, action: s.action });
    else if (s.action === 'redact' || s.action === 'tokenize') redactions.push(finding);
  }
  return { text: redactions.length > 0 ? redact(text, redactions) : text, blocked, acted };
}

/** Replaces spans (merged when they overlap) with `[REDACTED:TYPE]`, right to left so offsets stay valid. */
export function redact(text: string, findings: readonly Finding[]): string {
  const spans = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; label: string }[] = [];
  for (const f of spans) {
    const last = merged[merged.length - 1];
    if (last && f.start <= last.end) last.end = Math.max(last.end, f.end);
    else merged.push({ start: f.start, end: f.end, label: (f.type ?? f.kind).toUpperCase() });
  }
  let out = text;
  for (let i = merged.length - 1; i >= 0; i--) {
    const m = merged[i] as { start: number; end: number; label: string };
    out = `${out.slice(0, m.start)}[REDACTED:${m.label}]${out.slice(m.end)}`;
  }
  return out;
}

export function blockedError(direction: Direction, blocked: readonly ActedFinding[]): BastionError {
  const reasons = [
    ...new Set(blocked.map((b) => `${b.finding.scanner}:${b.finding.type ?? b.finding.kind}`)),
  ];
  return new BastionError(
    'BASTION_ERR_POLICY_BLOCKED',
    `The ${direction === 'input' ? 'request' : 'response'} was blocked by policy (${reasons.join(', ')})`,
    { details: { client: { reasons } } },
  );
}

/** Scans one text and applies the actions. */
export function guardText(
  engine: GuardEngine,
  text: string,
  direction: Direction,
  useCase: string,
  source: 'user' | 'document' | 'tool' | 'model',
): GuardVerdict & { findings: Finding[] } {
  const { findings } = engine.scan(text, { direction, useCase, source });
  if (findings.length === 0) return { text, blocked: [], acted: [], findings };
  return { ...applyGuardActions(text, findings, engine.settings(direction, useCase)), findings };
}
