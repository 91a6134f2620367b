import { guardsSchema } from '../../core/config/guards-schema.js';
import { createGuardEngine } from '../../guards/engine.js';
import { offlineGuards } from '../../guards/offline-budget.js';
import type { Finding } from '../../guards/types.js';
import type { Plants } from '../types.js';

/** What Bastion's own output guards see in an answer: refusals, exfiltration links, canary and prompt leaks, PII, secrets. */
export type Evidence = (text: string, plants: Plants) => Finding[];

/**
 * The red team grades with the same output scanners the gateway runs, so "leaked" means the same thing in a
 * report as in production. Built once per run: scanners compile their patterns at creation.
 */
export function createGuardEvidence(allowedHosts: readonly string[]): Evidence {
  const engine = createGuardEngine(
    offlineGuards(
      guardsSchema.parse({ output: { exfiltration: { options: { allowedDomains: [...allowedHosts] } } } }),
    ),
  );
  return (text, plants) =>
    engine.scan(text, { direction: 'output', systemPrompt: plants.systemPrompt, canaries: [plants.canary] })
      .findings;
}
