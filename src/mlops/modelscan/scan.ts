import { stat } from 'node:fs/promises';
import { FileSource } from '../io/byte-source.js';
import { walkFiles } from '../provenance/walk.js';
import { describeScanError, scanSource } from './detect.js';
import { severityRank, type FileReport, type ModelFinding, type Severity } from './types.js';

export interface ModelScanReport {
  files: FileReport[];
  scannedBytes: number;
  elapsedMs: number;
  counts: Record<Severity, number>;
}

/** Scans one file. Any parse error becomes `error` on the report (the caller keeps going through the folder). */
export function scanModelFile(path: string, display = path): FileReport {
  let source: FileSource;
  try {
    source = FileSource.open(path);
  } catch (error) {
    return { file: display, format: 'unreadable', bytes: 0, findings: [], error: (error as Error).message };
  }
  const findings: ModelFinding[] = [];
  const errors: string[] = [];
  try {
    const format = scanSource(source, display, { location: display, depth: 0, findings, errors });
    return {
      file: display,
      format,
      bytes: source.size,
      findings,
      ...(errors.length ? { error: errors.join('; ') } : {}),
    };
  } catch (error) {
    errors.unshift(describeScanError(error));
    return { file: display, format: 'error', bytes: source.size, findings, error: errors.join('; ') };
  } finally {
    source.close();
  }
}

/**
 * Scans a file or every file under a folder (symlinks are not followed). Unknown formats are listed as such;
 * nothing is loaded, imported or executed.
 */
export async function scanModelPath(
  target: string,
  onFile?: (path: string, bytes: number) => void,
  onStart?: (totalBytes: number) => void,
): Promise<ModelScanReport> {
  const started = performance.now();
  const info = await stat(target);
  const files: FileReport[] = [];
  if (info.isDirectory()) {
    const walked = await walkFiles(target, ['.git']);
    for (const p of walked.problems)
      files.push({ file: p.path, format: 'skipped', bytes: 0, findings: [], error: p.reason });
    for (const f of walked.files) {
      onFile?.(f.path, f.size);
      files.push(scanModelFile(f.absolute, f.path));
    }
  } else {
    onStart?.(info.size);
    onFile?.(target, info.size);
    files.push(scanModelFile(target));
  }
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of files) for (const finding of f.findings) counts[finding.severity]++;
  for (const f of files) f.findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return {
    files,
    scannedBytes: files.reduce((s, f) => s + f.bytes, 0),
    elapsedMs: Math.round(performance.now() - started),
    counts,
  };
}
