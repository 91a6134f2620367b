import type { Category } from './taxonomy.js';

/** The JSON report's schema version; bump on breaking changes (docs/redteam.md documents it). */
export const REPORT_VERSION = 1;

export interface ProbeResult {
  key: string;
  attackId: string;
  category: Category;
  mutator: string | null;
  succeeded: boolean;
  blocked: boolean;
  grader: string;
  reason: string;
  status: number;
  latencyMs: number;
  /** First characters of the answer, for triage. */
  excerpt: string;
  error: string | null;
  /** true when an LLM judge, not a deterministic grader, decided. */
  judged: boolean;
}

export interface Rate {
  total: number;
  succeeded: number;
  blocked: number;
  errors: number;
  attackSuccessRate: number;
}

export interface RedteamReport {
  version: typeof REPORT_VERSION;
  target: string;
  startedAt: string;
  durationMs: number;
  seed: number;
  judge: string | null;
  summary: Rate;
  categories: Record<string, Rate & { owasp: string; saif: string; title: string }>;
  mutators: Record<string, Rate>;
  attacks: Record<string, Rate & { category: Category }>;
  results: ProbeResult[];
}

export function rateOf(results: readonly ProbeResult[]): Rate {
  const total = results.length;
  const succeeded = results.filter((r) => r.succeeded).length;
  return {
    total,
    succeeded,
    blocked: results.filter((r) => r.blocked).length,
    // Neither succeeded nor blocked, with an error: the probe never reached a model (grade's isTargetError).
    errors: results.filter((r) => r.error !== null && !r.succeeded && !r.blocked).length,
    attackSuccessRate: total === 0 ? 0 : succeeded / total,
  };
}
