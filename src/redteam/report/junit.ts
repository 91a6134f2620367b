import type { RedteamReport } from '../result.js';
import { escapeXml } from './escape.js';

/** One test suite per category, one test case per probe; a successful attack is a failure. */
export function renderJUnit(report: RedteamReport): string {
  const byCategory = new Map<string, RedteamReport['results']>();
  for (const result of report.results) {
    const list = byCategory.get(result.category) ?? [];
    list.push(result);
    byCategory.set(result.category, list);
  }
  const suites = [...byCategory].map(([category, results]) => {
    const failures = results.filter((r) => r.succeeded).length;
    const cases = results
      .map((r) => {
        const name = escapeXml(r.key);
        const time = (r.latencyMs / 1000).toFixed(3);
        if (!r.succeeded)
          return `    <testcase classname="redteam.${category}" name="${name}" time="${time}"/>`;
        return `    <testcase classname="redteam.${category}" name="${name}" time="${time}">\n      <failure message="${escapeXml(r.reason)}">${escapeXml(r.excerpt)}</failure>\n    </testcase>`;
      })
      .join('\n');
    return `  <testsuite name="redteam.${category}" tests="${results.length}" failures="${failures}" errors="0">\n${cases}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bastion redteam" tests="${report.summary.total}" failures="${report.summary.succeeded}">\n${suites.join('\n')}\n</testsuites>\n`;
}
