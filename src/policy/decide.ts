import type { GuardAction } from '../core/config/guards-schema.js';
import type { DataClass } from '../core/config/models-schema.js';
import { allowedClasses, dataClassOf, DEFAULT_ALLOWED_CLASSES } from './data-classes.js';

/** The finding shape the policy reads (structurally the guards' Finding; policy sits below guards and cannot import it). */
export interface PolicyFinding {
  scanner: string;
  kind: string;
  type?: string;
  score: number;
  start: number;
  end: number;
  detail?: string;
}

/** A scanner's policy settings (structurally the engine's ResolvedScannerSettings). */
export interface ScannerPolicy {
  threshold: number;
  action: GuardAction;
  failOpen: boolean;
  /** Finding kinds the scanner reports; lets a failure of a flag-only scanner (refusal) stay a flag. */
  kinds?: readonly string[];
}

export interface DecisionInput<F extends PolicyFinding = PolicyFinding> {
  direction: 'input' | 'output';
  findings: readonly F[];
  /** Per scanner id; a finding from a scanner with no settings is treated as threshold 0.5, action block. */
  settings: ReadonlyMap<string, ScannerPolicy>;
  /** The model the request is going to; omitted → a model that may receive only public and internal data. */
  model?: { name: string; dataClasses: readonly DataClass[] };
  /** The use case's data rules; omitted → onDisallowedData 'block', no restriction of its own. */
  useCase?: {
    id: string;
    onDisallowedData: 'tokenize' | 'reroute' | 'block';
    models?: readonly string[];
    dataClasses?: readonly DataClass[];
  };
  /** Every configured model's data classes, to find a reroute target among `useCase.models`. */
  models?: Readonly<Record<string, { dataClasses: readonly DataClass[] }>>;
}

export interface ActedFinding<F extends PolicyFinding = PolicyFinding> {
  finding: F;
  action: GuardAction;
  reason: string;
}

export interface Decision<F extends PolicyFinding = PolicyFinding> {
  action: GuardAction;
  /** One human-readable line per distinct cause, for the error body and the audit record (never the matched value). */
  reasons: string[];
  /** Data classes the findings put the text in. */
  dataClasses: DataClass[];
  /** Set when action is `reroute`: the first model of the use case allowed to receive every class found. */
  rerouteTo?: string;
  /** Every finding at or above its scanner's threshold, with the action applied to it. */
  acted: ActedFinding<F>[];
  /** Spans to replace irreversibly / with vault placeholders (apply both unless the action is block). */
  redact: F[];
  tokenize: F[];
}

const SEVERITY: Readonly<Record<GuardAction, number>> = {
  allow: 0,
  flag: 1,
  redact: 2,
  tokenize: 3,
  reroute: 4,
  block: 5,
};
const FALLBACK: ScannerPolicy = { threshold: 0.5, action: 'block', failOpen: false };
const stronger = (a: GuardAction, b: GuardAction): GuardAction => (SEVERITY[b] > SEVERITY[a] ? b : a);

/**
 * The governance decision for one text: each finding above its threshold gets its scanner's action, escalated
 * by the data-class rule (a finding whose class the target model may not receive is handled by the use case's
 * `onDisallowedData`: tokenize, reroute to a permitted model, or block); a scanner failure blocks unless that
 * scanner is fail-open. The text's action is the most severe one.
 *
 * @example
 * const d = decide({ direction: 'input', findings, settings: engine.settings('input', 'support'),
 *   model: { name: 'gpt-4o-mini', dataClasses: ['public', 'internal'] },
 *   useCase: { id: 'support', onDisallowedData: 'tokenize' } });
 * if (d.action === 'block') throw new BastionError('BASTION_ERR_POLICY_BLOCKED', d.reasons.join('; '));
 */
export function decide<F extends PolicyFinding>(input: DecisionInput<F>): Decision<F> {
  const acted: ActedFinding<F>[] = [];
  const found = new Set<DataClass>();
  const permitted = allowedClasses(
    input.model?.dataClasses ?? DEFAULT_ALLOWED_CLASSES,
    input.useCase?.dataClasses,
  );
  const modelName = input.model?.name ?? 'the target model';
  const onDisallowed = input.useCase?.onDisallowedData ?? 'block';

  // Classes first: a reroute target must accept every class in the text, not just one finding's.
  const effective = input.findings.filter(
    (f) => f.kind === 'scanner_failed' || f.score >= (input.settings.get(f.scanner) ?? FALLBACK).threshold,
  );
  for (const f of effective) {
    const c = dataClassOf(f.kind);
    if (c) found.add(c);
  }
  const disallowed = input.direction === 'input' ? [...found].filter((c) => !permitted.includes(c)) : [];
  // The first other model of the use case allowed to receive every class found.
  const permittedTarget = () =>
    (input.useCase?.models ?? []).find((name) => {
      const m = input.models?.[name];
      if (!m || name === input.model?.name) return false;
      const ok = allowedClasses(m.dataClasses, input.useCase?.dataClasses);
      return [...found].every((c) => ok.includes(c));
    });
  let rerouteTo: string | undefined;
  if (disallowed.length > 0 && onDisallowed === 'reroute') rerouteTo = permittedTarget();

  for (const f of effective) {
    const s = input.settings.get(f.scanner) ?? FALLBACK;
    if (f.kind === 'scanner_failed') {
      // Fail closed to the strictest outcome the scanner could have produced: a scanner that only ever flags or
      // allows (refusal) cannot block by failing; one whose findings carry a data class, or that redacts, blocks.
      const harmless =
        SEVERITY[s.action] <= SEVERITY.flag &&
        s.kinds !== undefined &&
        s.kinds.every((k) => dataClassOf(k) === undefined);
      if (s.failOpen || harmless) {
        acted.push({
          finding: f,
          action: 'flag',
          reason: s.failOpen
            ? `scanner ${f.scanner} failed; it is configured fail-open, so the text passed unscanned by it`
            : `scanner ${f.scanner} failed; it can only ${s.action}, so the text passes flagged`,
        });
      } else {
        acted.push({
          finding: f,
          action: 'block',
          reason: `scanner ${f.scanner} failed (${f.detail ?? 'error'}); failing closed`,
        });
      }
      continue;
    }
    const what = `${f.scanner}${f.type ? ` ${f.type}` : ''}`;
    let action = s.action;
    let reason = `${what} (score ${f.score.toFixed(2)}) → ${s.action}`;
    const c = dataClassOf(f.kind);
    if (c && disallowed.includes(c)) {
      const classAction: GuardAction =
        onDisallowed === 'reroute' ? (rerouteTo ? 'reroute' : 'block') : onDisallowed;
      action = stronger(action, classAction);
      const target = rerouteTo
        ? ` → reroute to ${rerouteTo}`
        : onDisallowed === 'reroute'
          ? ' and no model of the use case may receive it → block'
          : ` → ${onDisallowed}`;
      reason = `${what}: data class '${c}' may not be sent to ${modelName} (allows ${permitted.join(', ') || 'nothing'})${target}`;
    }
    acted.push({ finding: f, action, reason });
  }

  let action: GuardAction = 'allow';
  for (const a of acted) action = stronger(action, a.action);
  // A scanner configured to `reroute` (not the data-class rule) still needs a target; without one, block.
  if (action === 'reroute' && rerouteTo === undefined) {
    rerouteTo = permittedTarget();
    if (rerouteTo === undefined) {
      action = 'block';
      for (const a of acted) {
        if (a.action === 'reroute') {
          a.action = 'block';
          a.reason += ', but no other model of the use case may receive this text → block';
        }
      }
    }
  }
  const reasons = [
    ...new Set(
      acted.filter((a) => a.action !== 'allow').map((a) => a.reason.replace(/ \(score [\d.]+\)/, '')),
    ),
  ];
  return {
    action,
    reasons,
    dataClasses: [...found],
    ...(action === 'reroute' && rerouteTo ? { rerouteTo } : {}),
    acted,
    redact: acted.filter((a) => a.action === 'redact').map((a) => a.finding),
    tokenize: acted.filter((a) => a.action === 'tokenize').map((a) => a.finding),
  };
}
