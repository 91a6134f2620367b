import type { ModelScanReport } from './scan.js';
import { severityRank, type Severity } from './types.js';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** SARIF 2.1.0, so findings show up in GitHub code scanning and other CI dashboards. */
export function toSarif(report: ModelScanReport): object {
  const rules = new Map<string, Severity>();
  for (const f of report.files)
    for (const x of f.findings) if (!rules.has(x.rule)) rules.set(x.rule, x.severity);
  const results = report.files.flatMap((f) => [
    ...f.findings.map((x) => ({
      ruleId: x.rule,
      level: SARIF_LEVEL[x.severity],
      message: { text: `${x.message} (${x.location})` },
      properties: {
        severity: x.severity,
        location: x.location,
        ...(x.offset !== undefined ? { offset: x.offset } : {}),
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file },
            ...(x.offset !== undefined ? { region: { byteOffset: x.offset } } : {}),
          },
        },
      ],
    })),
    ...(f.error
      ? [
          {
            ruleId: 'scan.error',
            level: 'error' as const,
            message: { text: f.error },
            locations: [{ physicalLocation: { artifactLocation: { uri: f.file } } }],
          },
        ]
      : []),
  ]);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bastion model scan',
            informationUri: 'https://github.com/bastion/bastion',
            rules: [...rules, ['scan.error', 'high' as Severity]].map(([id, sev]) => ({
              id,
              defaultConfiguration: { level: SARIF_LEVEL[sev as Severity] },
            })),
          },
        },
        results,
      },
    ],
  };
}

export function formatModelScan(report: ModelScanReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.findings.length === 0 && !f.error) continue;
    lines.push(`${f.file} (${f.format}, ${f.bytes} bytes)`);
    for (const x of f.findings) {
      lines.push(
        `  ${x.severity.toUpperCase().padEnd(8)} ${x.rule}: ${x.message}${x.location !== f.file ? ` [${x.location}]` : ''}${x.offset !== undefined ? ` @${x.offset}` : ''}`,
      );
    }
    if (f.error) lines.push(`  ERROR    ${f.error}`);
  }
  const c = report.counts;
  const errors = report.files.filter((f) => f.error).length;
  const mbps = report.scannedBytes / 1048576 / Math.max(report.elapsedMs / 1000, 0.001);
  lines.push(
    `${report.files.length} file(s), ${(report.scannedBytes / 1048576).toFixed(1)} MiB in ${report.elapsedMs} ms (${mbps.toFixed(0)} MiB/s): ` +
      `${c.critical} critical, ${c.high} high, ${c.medium} medium, ${c.low} low; ${errors} unreadable/malformed`,
  );
  return lines.join('\n') + '\n';
}

/** True when any finding is at or above `threshold`, or any file could not be scanned (fail closed). */
export function shouldFail(report: ModelScanReport, threshold: Severity): boolean {
  return report.files.some(
    (f) =>
      f.error !== undefined || f.findings.some((x) => severityRank(x.severity) >= severityRank(threshold)),
  );
}
