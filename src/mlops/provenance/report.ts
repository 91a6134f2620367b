import type { VerifyReport } from './workflow.js';

/** Human-readable verification outcome: one line per problem file so CI logs name each one. */
export function formatVerifyReport(report: VerifyReport, dir: string): string {
  const lines: string[] = [];
  if (report.signature === 'verified') lines.push('signature: OK (Ed25519, DSSE)');
  if (report.ok) {
    lines.push(
      `OK: ${report.checked} files in ${dir} match the manifest (root ${report.root.slice(0, 16)}…)`,
    );
  } else {
    lines.push(`FAILED: ${report.mismatches.length} problem(s) in ${dir}:`);
    for (const m of report.mismatches) lines.push(`  ${m.kind.padEnd(10)} ${m.path}  (${m.detail})`);
  }
  return lines.join('\n') + '\n';
}
