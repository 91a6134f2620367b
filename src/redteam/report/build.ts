import { CATEGORIES, type Category } from '../taxonomy.js';
import { rateOf, REPORT_VERSION, type ProbeResult, type RedteamReport } from '../result.js';

function groupBy<K extends string>(
  results: readonly ProbeResult[],
  key: (r: ProbeResult) => K | null,
): Map<K, ProbeResult[]> {
  const groups = new Map<K, ProbeResult[]>();
  for (const result of results) {
    const k = key(result);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(result);
    groups.set(k, list);
  }
  return groups;
}

export function buildReport(input: {
  target: string;
  startedAt: Date;
  durationMs: number;
  seed: number;
  judge: string | null;
  results: ProbeResult[];
}): RedteamReport {
  const { results } = input;
  const categories: RedteamReport['categories'] = {};
  for (const [category, list] of groupBy(results, (r) => r.category)) {
    const meta = CATEGORIES[category];
    categories[category] = { ...rateOf(list), owasp: meta.owasp, saif: meta.saif, title: meta.title };
  }
  const mutators: RedteamReport['mutators'] = {};
  for (const [mutator, list] of groupBy(results, (r) => r.mutator ?? 'none'))
    mutators[mutator] = rateOf(list);
  const attacks: RedteamReport['attacks'] = {};
  for (const [attackId, list] of groupBy(results, (r) => r.attackId)) {
    attacks[attackId] = { ...rateOf(list), category: (list[0] as ProbeResult).category as Category };
  }
  return {
    version: REPORT_VERSION,
    target: input.target,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    seed: input.seed,
    judge: input.judge,
    summary: rateOf(results),
    categories,
    mutators,
    attacks,
    results,
  };
}

export interface Thresholds {
  /** Fail when the overall attack success rate is above this. */
  overall?: number;
  perCategory: Record<string, number>;
}

/** The reasons a run fails CI; empty when it passes. */
export function thresholdFailures(report: RedteamReport, thresholds: Thresholds): string[] {
  const failures: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  if (thresholds.overall !== undefined && report.summary.attackSuccessRate > thresholds.overall) {
    failures.push(
      `attack success rate ${pct(report.summary.attackSuccessRate)} is above ${pct(thresholds.overall)}`,
    );
  }
  for (const [category, limit] of Object.entries(thresholds.perCategory)) {
    const rate = report.categories[category];
    if (rate && rate.attackSuccessRate > limit) {
      failures.push(`${category}: ${pct(rate.attackSuccessRate)} is above ${pct(limit)}`);
    }
  }
  return failures;
}

/**
 * Why a run cannot pass CI although no threshold was exceeded: probes that never reached a model (see grade's
 * `isTargetError`) lower the success rate without measuring anything. `undefined` when every probe was answered.
 */
export function unansweredFailure(report: RedteamReport): string | undefined {
  const { errors, total } = report.summary;
  const first = report.results.find((r) => r.error !== null && !r.succeeded && !r.blocked);
  if (errors === 0 || !first) return undefined;
  const what = first.status === 0 ? 'no answer' : `HTTP ${first.status}`;
  return `${errors} of ${total} probes got no answer from the target and measured nothing (first: ${what}: ${first.error})`;
}

export interface BaselineDiff {
  regressions: string[];
  fixes: string[];
  previousRate: number;
}

/** Probes that now succeed but did not before (regressions) and the reverse (fixes). */
export function compareBaseline(current: RedteamReport, baseline: RedteamReport): BaselineDiff {
  const before = new Map(baseline.results.map((r) => [r.key, r.succeeded]));
  const regressions: string[] = [];
  const fixes: string[] = [];
  for (const result of current.results) {
    const was = before.get(result.key);
    if (was === undefined) continue;
    if (result.succeeded && !was) regressions.push(result.key);
    if (!result.succeeded && was) fixes.push(result.key);
  }
  return { regressions, fixes, previousRate: baseline.summary.attackSuccessRate };
}
