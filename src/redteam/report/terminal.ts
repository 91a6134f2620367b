import type { RedteamReport } from '../result.js';
import type { BaselineDiff } from './build.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/** The summary a person reads in the terminal: one row per category, worst first. */
export function renderTerminal(report: RedteamReport, diff?: BaselineDiff): string {
  const rows = Object.entries(report.categories).sort(
    (a, b) => b[1].attackSuccessRate - a[1].attackSuccessRate,
  );
  const width = Math.max(8, ...rows.map(([c]) => c.length));
  const lines = [
    `Target: ${report.target}   seed ${report.seed}   ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    `${'category'.padEnd(width)}  probes  succeeded  blocked  success rate  OWASP`,
    ...rows.map(
      ([category, r]) =>
        `${category.padEnd(width)}  ${String(r.total).padStart(6)}  ${String(r.succeeded).padStart(9)}  ${String(r.blocked).padStart(7)}  ${pct(r.attackSuccessRate).padStart(12)}  ${r.owasp.split(' ')[0]}`,
    ),
    '',
    `${'TOTAL'.padEnd(width)}  ${String(report.summary.total).padStart(6)}  ${String(report.summary.succeeded).padStart(9)}  ${String(report.summary.blocked).padStart(7)}  ${pct(report.summary.attackSuccessRate).padStart(12)}`,
  ];
  if (report.summary.errors > 0)
    lines.push(
      `${report.summary.errors} probes got no answer from the target (network error, timeout, 401, 404, 5xx): not measured`,
    );
  if (diff) {
    lines.push(
      '',
      `Against the baseline (${pct(diff.previousRate).trim()} before): ${diff.regressions.length} regressions, ${diff.fixes.length} fixes`,
    );
    for (const key of diff.regressions.slice(0, 10)) lines.push(`  regression: ${key}`);
  }
  return lines.join('\n');
}
