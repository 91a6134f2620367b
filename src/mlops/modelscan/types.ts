/** Severity of a model-file finding; SARIF levels and exit codes derive from it. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ModelFinding {
  severity: Severity;
  /** Stable rule id, e.g. `pickle.unsafe-global`, `zip.path-traversal`. */
  rule: string;
  message: string;
  /** Where: the file, then each archive member on the way in (`model.zip!archive/data.pkl`). */
  location: string;
  /** Byte offset inside the innermost member, when known. */
  offset?: number;
}

export interface FileReport {
  file: string;
  format: string;
  bytes: number;
  findings: ModelFinding[];
  /** Set when the file could not be fully parsed (truncated, malformed, unreadable). */
  error?: string;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** What every format scanner receives: where it is, how deep in archives, and where findings go. */
export interface ScanContext {
  location: string;
  depth: number;
  findings: ModelFinding[];
  /** Errors in nested members: reported but the scan goes on. */
  errors: string[];
}

export function report(
  ctx: ScanContext,
  severity: Severity,
  rule: string,
  message: string,
  offset?: number,
): void {
  ctx.findings.push({
    severity,
    rule,
    message,
    location: ctx.location,
    ...(offset !== undefined ? { offset } : {}),
  });
}
