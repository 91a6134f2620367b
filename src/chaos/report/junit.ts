import type { Journal } from '../runner/journal.js';
import { escapeXml } from './timeline-svg.js';

/** One `<testsuite>` per run: a case per judged probe (before, during, after) and one for the verdict. */
function suite(j: Journal): { xml: string; tests: number; failures: number } {
  const cases: string[] = [];
  let failures = 0;
  for (const s of j.steps) {
    if (s.kind !== 'probe' || s.phase === 'safeguard' || s.status === 'skipped') continue;
    const name = escapeXml(`${s.phase}: ${s.name}`);
    const time = (s.durationMs / 1000).toFixed(3);
    if (s.status === 'ok')
      cases.push(`<testcase classname="${escapeXml(j.experiment.title)}" name="${name}" time="${time}"/>`);
    else {
      failures++;
      const why = escapeXml(s.tolerance?.reason ?? s.error ?? s.status);
      cases.push(
        `<testcase classname="${escapeXml(j.experiment.title)}" name="${name}" time="${time}"><failure message="${why}">${why}</failure></testcase>`,
      );
    }
  }
  const verdict = j.status === 'held' || j.status === 'dry-run';
  if (!verdict) failures++;
  cases.push(
    `<testcase classname="${escapeXml(j.experiment.title)}" name="hypothesis held" time="${(j.durationMs / 1000).toFixed(3)}">${
      verdict ? '' : `<failure message="${escapeXml(`${j.status}: ${j.reason ?? ''}`)}"/>`
    }</testcase>`,
  );
  const xml = `<testsuite name="${escapeXml(j.experiment.title)}" tests="${cases.length}" failures="${failures}" timestamp="${j.startedAt}" time="${(j.durationMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n</testsuite>`;
  return { xml, tests: cases.length, failures };
}

/** JUnit XML for CI systems that show test results (one suite per experiment run). */
export function journalsJunit(journals: readonly Journal[], name = 'bastion chaos'): string {
  const suites = journals.map(suite);
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${escapeXml(name)}" tests="${tests}" failures="${failures}">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
}
