/**
 * Scores blind4 rows with the default input pipeline: one engine from the default guards config, the default
 * policy's decision per row. A row counts as caught when the policy acts (flag or stronger) on a finding of a
 * guard kind (injection, jailbreak, harm, invisible text, exfiltration, scanner failure). PII and secret
 * findings are not this set's subject and are ignored, so a benign e-mail with a phone number is not a false
 * positive.
 */
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { decide } from '../../src/policy/decide.js';
import { groupOf, type Blind4Group, type Blind4Row } from './blind4-types.js';

const GUARD_KINDS: ReadonlySet<string> = new Set([
  'prompt_injection',
  'jailbreak',
  'harm',
  'invisible_text',
  'exfiltration',
  'scanner_failed',
  'custom',
]);

export interface Blind4Result {
  id: string;
  label: Blind4Row['label'];
  group: Blind4Group;
  kind: string;
  lang: string;
  source: Blind4Row['source'];
  caught: boolean;
  /** The policy's action for the whole text (PII included). */
  action: string;
  /** Guard finding kinds the policy acted on. */
  kinds: string[];
}

export interface Rate {
  rows: number;
  caught: number;
}

export interface Blind4Summary {
  attackRecall: Rate;
  benignFlagged: Rate;
  harmfulCaught: Rate;
  lookalikeFlagged: Rate;
}

/** Scans every row (source `prompt` → the engine's `user`), calling `onProgress` after each. */
export function scoreRows(
  rows: readonly Blind4Row[],
  onProgress?: (done: number) => void,
): { results: Blind4Result[]; summary: Blind4Summary } {
  // The default settings, except the per-scanner time budget: on a loaded machine a starved scan overruns 50 ms of
  // wall time and fails closed, which would count CPU contention as detection (and as false positives).
  const engine = createGuardEngine(guardsSchema.parse({ timeBudget: 60_000 }));
  const settings = engine.settings('input');
  const results: Blind4Result[] = [];
  for (const row of rows) {
    const scan = engine.scan(row.text, {
      direction: 'input',
      source: row.source === 'document' ? 'document' : 'user',
    });
    const d = decide({ direction: 'input', findings: scan.findings, settings });
    const acted = d.acted.filter((a) => a.action !== 'allow' && GUARD_KINDS.has(a.finding.kind));
    const kinds = [...new Set(acted.map((a) => a.finding.kind))].sort();
    results.push({
      id: row.id,
      label: row.label,
      group: groupOf(row),
      kind: row.kind,
      lang: row.lang,
      source: row.source,
      caught: kinds.length > 0,
      action: d.action,
      kinds,
    });
    onProgress?.(results.length);
  }
  const rate = (g: Blind4Group): Rate => {
    const rs = results.filter((r) => r.group === g);
    return { rows: rs.length, caught: rs.filter((r) => r.caught).length };
  };
  return {
    results,
    summary: {
      attackRecall: rate('attack'),
      benignFlagged: rate('benign'),
      harmfulCaught: rate('harmful'),
      lookalikeFlagged: rate('lookalike'),
    },
  };
}
