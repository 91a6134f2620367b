import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DocSourceRecord, DocsStore, QuarantineInput } from '../store/docs-store.js';
import { RELEASED_FLAG } from '../store/docs-review.js';
import { FILES_PER_BATCH, prepareBatch, scanBatchHere } from './ingest-batch.js';
import type { FileAnalysis, FileResult, FileTask } from './ingest-file.js';
import type { IngestPolicy } from './ingest-policy.js';
import { memoizeScan, type IngestScanFn } from './ingest-scanner.js';
import { walkSources, type WalkResult } from './walk.js';

export interface IngestOptions {
  store: DocsStore;
  scan: IngestScanFn;
  policy: IngestPolicy;
  /** Source paths are recorded relative to this folder (the config's folder), absolute when outside it. */
  root: string;
  maxFileBytes: number;
  now: () => number;
  /** Re-ingest files even when their hash did not change (e.g. after a policy change). */
  force?: boolean;
  /** Reviewers' decisions on quarantined passages, by fingerprint (`bastion docs quarantine release|reject`). */
  decisions?: (fingerprints: readonly string[]) => ReadonlyMap<string, { decision: 'released' | 'rejected' }>;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** `failed`: the file could not be read or parsed (e.g. a corrupt PDF); the reason says why, the others go on. */
export type FileOutcome = 'added' | 'updated' | 'unchanged' | 'removed' | 'rejected' | 'skipped' | 'failed';

export interface IngestFileReport {
  source: string;
  outcome: FileOutcome;
  chunks?: number;
  quarantined?: number;
  /** Quarantined passages a reviewer had released, indexed again unchanged. */
  released?: number;
  reason?: string;
}

export interface IngestReport {
  files: IngestFileReport[];
  totals: Record<FileOutcome, number> & { chunks: number; quarantined: number; bytes: number };
  elapsedMs: number;
}

// Commit every this many files (or bytes): one transaction per file would be slower, one for everything would
// hold the write lock for the whole ingest.
export const BATCH_FILES = 500;
export const BATCH_BYTES = 8e6;

function sourceKey(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/** What one ingest run works through, and the report it fills in (shared by the in-process and worker paths). */
export interface IngestRun {
  tasks: FileTask[];
  walk: WalkResult;
  known: Set<string>;
  /** Sources the index holds as rejected, with what rejected them: still rejected while unchanged. */
  rejected: Map<string, string>;
  report: IngestReport;
  started: number;
}

export function planIngest(paths: readonly string[], o: IngestOptions): IngestRun {
  const started = performance.now();
  const listed = o.store.listSources();
  const sources = new Map(listed.map((s) => [s.path, s.sha256]));
  const known = new Set(sources.keys());
  const rejected = new Map(
    listed
      .filter((s) => s.status === 'rejected')
      .map((s) => [
        s.path,
        Object.keys(s.findings)
          .filter((k) => k.endsWith(':rejected'))
          .map((k) => k.slice(0, -':rejected'.length))
          .join(', ') || 'the ingest policy',
      ]),
  );
  const absolute = paths.map((p) => resolve(o.root, p));
  const walk = walkSources(absolute, (abs) => known.has(sourceKey(o.root, abs)));
  const tasks = walk.files.map((abs): FileTask => {
    const key = sourceKey(o.root, abs);
    return {
      abs,
      key,
      previousSha: sources.get(key) ?? null,
      force: o.force === true,
      maxFileBytes: o.maxFileBytes,
    };
  });
  const files: IngestFileReport[] = walk.skipped.map((s) => ({
    source: s.path,
    outcome: 'skipped',
    reason: s.reason,
  }));
  const totals = {
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    rejected: 0,
    skipped: walk.skipped.length,
    failed: 0,
    chunks: 0,
    quarantined: 0,
    bytes: 0,
  };
  return { tasks, walk, known, rejected, report: { files, totals, elapsedMs: 0 }, started };
}

/** Writes one file's result to the index (the caller batches these in a transaction) and reports it. */
export function applyResult(run: IngestRun, task: FileTask, result: FileResult, o: IngestOptions): void {
  const { files, totals } = run.report;
  totals.bytes += result.bytes;
  const stillRejected = result.kind === 'unchanged' ? run.rejected.get(result.key) : undefined;
  if (stillRejected !== undefined) {
    // Unchanged, so still out of the index: a re-run must not report (and exit) as if everything were indexed.
    totals.rejected++;
    files.push({
      source: result.key,
      outcome: 'rejected',
      reason: `unchanged since it was rejected (${stillRejected}); fix the file and ingest again`,
    });
    return;
  }
  if (result.kind !== 'analyzed') {
    const outcome = result.kind;
    totals[outcome]++;
    files.push({ source: result.key, outcome, ...('reason' in result ? { reason: result.reason } : {}) });
    return;
  }
  const a = reviewed(result.analysis, o);
  const record: DocSourceRecord = {
    path: result.key,
    sha256: result.sha256,
    size: result.bytes,
    format: a.format,
    title: a.title,
    headings: a.headings,
    chunks: a.chunks.length,
    status: a.reject ? 'rejected' : a.quarantine.length > 0 ? 'partial' : 'indexed',
    findings: a.tally,
    ingestedAt: o.now(),
  };
  o.store.putDocument(record, a.chunks, a.quarantine, task.previousSha !== null);
  const outcome: FileOutcome = a.reject ? 'rejected' : task.previousSha !== null ? 'updated' : 'added';
  totals[outcome]++;
  totals.chunks += a.chunks.length;
  totals.quarantined += a.quarantine.length;
  files.push({
    source: result.key,
    outcome,
    chunks: a.chunks.length,
    quarantined: a.quarantine.length,
    ...(a.released > 0 ? { released: a.released } : {}),
    ...(a.reject ? { reason: a.reject } : {}),
  });
}

/**
 * Applies reviewers' decisions to a file's quarantined passages: one released while unchanged (same fingerprint)
 * is indexed again, with its data-policy-checked text; one rejected stays out, marked so. A passage that changed
 * has a new fingerprint, so the scan's verdict stands until someone reviews it again.
 */
function reviewed(a: FileAnalysis, o: IngestOptions): FileAnalysis & { released: number } {
  if (a.quarantine.length === 0 || !o.decisions) return { ...a, released: 0 };
  const decided = o.decisions(a.quarantine.map((q) => q.fingerprint));
  if (decided.size === 0) return { ...a, released: 0 };
  const chunks = [...a.chunks];
  const quarantine: QuarantineInput[] = [];
  const tally = { ...a.tally };
  let released = 0;
  for (const q of a.quarantine) {
    const decision = decided.get(q.fingerprint)?.decision;
    if (decision === 'released' && q.passage) {
      chunks.push({ ...q.passage, flags: [...q.passage.flags, RELEASED_FLAG] });
      released++;
      // Counted as quarantined by the scan; the provenance record says it was released instead.
      const scanned = `${q.reason.split('/')[0] ?? ''}:quarantined`;
      if ((tally[scanned] ?? 0) > 0) tally[scanned] = (tally[scanned] ?? 0) - 1;
      if (tally[scanned] === 0) delete tally[scanned];
    } else quarantine.push(decision === 'rejected' ? { ...q, status: 'rejected' } : q);
  }
  if (released > 0) tally[RELEASED_FLAG] = released;
  return { ...a, chunks, quarantine, tally, released };
}

/** Removal: explicit files that vanished, and known sources under a walked folder that were not seen. */
export function finishIngest(run: IngestRun, o: IngestOptions): IngestReport {
  const seen = new Set(run.tasks.map((t) => t.key));
  const gone = new Set(run.walk.missing.map((abs) => sourceKey(o.root, abs)));
  for (const key of run.known) {
    if (seen.has(key)) continue;
    const abs = isAbsolute(key) ? key : resolve(o.root, key);
    if (run.walk.folders.some((f) => abs.startsWith(f + sep))) gone.add(key);
  }
  for (const key of gone) {
    o.store.removeSource(key);
    run.report.files.push({ source: key, outcome: 'removed' });
    run.report.totals.removed++;
  }
  run.report.elapsedMs = performance.now() - run.started;
  return run.report;
}

/**
 * Ingests files and folders into the docs index: only files whose SHA-256 changed are re-parsed, sources under a
 * walked folder that disappeared are removed, and every chunk passes the guard scan before it is indexed.
 * In-process and synchronous; `ingestPathsParallel` (ingest-parallel.ts) spreads the same work over worker threads.
 *
 * @example
 * const report = ingestPaths(['./docs'], { store, scan: createBasicIngestScanner(), policy: { pii: 'redact', secrets: 'reject' },
 *   root: process.cwd(), maxFileBytes: 5e6, now: Date.now });
 */
export function ingestPaths(paths: readonly string[], o: IngestOptions): IngestReport {
  const run = planIngest(paths, o);
  ingestInProcess(run, run.tasks, o);
  return finishIngest(run, o);
}

/** Processes `tasks` on this thread, committing in batches. */
export function ingestInProcess(run: IngestRun, tasks: readonly FileTask[], o: IngestOptions): void {
  const scan = memoizeScan(o.scan);
  // Files are read and parsed FILES_PER_BATCH at a time, then their passages scanned one after the other
  // (ingest-batch.ts); results are written file by file, so transactions end where they always did.
  const results: FileResult[] = [];
  let next = 0;
  let taken = 0;
  const take = (): FileResult => {
    if (taken === results.length) {
      const group = tasks.slice(next, next + FILES_PER_BATCH);
      next += group.length;
      results.length = 0;
      taken = 0;
      for (const r of scanBatchHere(prepareBatch(group), scan, o.policy)) results.push(r);
    }
    return results[taken++] as FileResult;
  };
  // Files settled before (unchanged ones the caller already checked) count as done in the progress.
  const offset = run.tasks.length - tasks.length;
  let from = 0;
  while (from < tasks.length) {
    let bytes = 0;
    let to = from;
    o.store.transaction(() => {
      while (to < tasks.length && to - from < BATCH_FILES && bytes < BATCH_BYTES) {
        const task = tasks[to++] as FileTask;
        const result = take();
        bytes += result.bytes;
        applyResult(run, task, result, o);
      }
    });
    from = to;
    o.onProgress?.(offset + from, run.tasks.length, run.report.totals.bytes);
  }
}
