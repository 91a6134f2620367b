import type { BundleScanReport } from './bundle-scan.js';

export function formatBundleScan(report: BundleScanReport, accepted: ReadonlySet<string>): string {
  const lines: string[] = [];
  for (const f of report.findings) {
    const tag = accepted.has(f.fingerprint) ? ' (baseline)' : '';
    lines.push(
      `${f.file}@${f.offset}  ${f.rule}  ${f.redacted}  [${f.source}, score ${f.score.toFixed(2)}]${tag}`,
    );
  }
  for (const e of report.errors) lines.push(`error: ${e.file}: ${e.message}`);
  const fresh = report.findings.filter((f) => !accepted.has(f.fingerprint)).length;
  lines.push(
    `${report.files} file(s), ${(report.bytes / 1048576).toFixed(1)} MiB in ${report.elapsedMs} ms: ${report.findings.length} secret(s), ${fresh} new, ${report.errors.length} error(s)`,
  );
  return lines.join('\n') + '\n';
}
