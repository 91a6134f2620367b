import type { RunStatus } from '../runner/journal.js';

/** Points per experiment outcome: held 100, aborted 50 (safeguards worked), everything else 0. */
export function scoreOf(status: RunStatus | 'not-run'): number {
  if (status === 'held') return 100;
  if (status === 'aborted') return 50;
  return 0;
}

export interface CategoryScore {
  category: string;
  experiments: number;
  score: number;
}

/** The mean score per category, and overall, rounded to whole points. */
export function resilienceScores(results: readonly { category: string; status: RunStatus | 'not-run' }[]): {
  categories: CategoryScore[];
  overall: number;
} {
  const by = new Map<string, number[]>();
  for (const r of results) by.set(r.category, [...(by.get(r.category) ?? []), scoreOf(r.status)]);
  const mean = (xs: number[]) =>
    xs.length === 0 ? 0 : Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
  const categories = [...by]
    .map(([category, xs]) => ({ category, experiments: xs.length, score: mean(xs) }))
    .sort((a, b) => a.category.localeCompare(b.category));
  return { categories, overall: mean(results.map((r) => scoreOf(r.status))) };
}
