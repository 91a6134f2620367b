import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { sha256Hex } from '../core/hash.js';
import type { ChunkInput, DocSourceRecord, DocsStore, QuarantineInput } from '../store/docs-store.js';
import { chunkDocument } from './chunk.js';
import { judgeChunk, type IngestPolicy } from './ingest-policy.js';
import { memoizeScan, type IngestScanFn } from './ingest-scanner.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseText } from './parse-text.js';
import type { ParsedDoc } from './parsed-doc.js';
import { formatOf, walkSources } from './walk.js';

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
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export type FileOutcome = 'added' | 'updated' | 'unchanged' | 'removed' | 'rejected' | 'skipped';

export interface IngestFileReport {
  source: string;
  outcome: FileOutcome;
  chunks?: number;
  quarantined?: number;
  reason?: string;
}

export interface IngestReport {
  files: IngestFileReport[];
  totals: Record<FileOutcome, number> & { chunks: number; quarantined: number; bytes: number };
  elapsedMs: number;
}

const PARSERS = { markdown: parseMarkdown, html: parseHtml, text: parseText } as const;
// Commit every this many files: one transaction per file would be slower, one for everything would hold the
// write lock for the whole ingest.
const BATCH = 200;

function sourceKey(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

function ingestOne(
  key: string,
  doc: ParsedDoc,
  hash: string,
  size: number,
  replace: boolean,
  o: IngestOptions,
) {
  const chunks: ChunkInput[] = [];
  const quarantine: QuarantineInput[] = [];
  const tally: Record<string, number> = {};
  let reject: string | null = null;
  const count = (labels: readonly string[]) => {
    for (const label of labels) tally[label] = (tally[label] ?? 0) + 1;
  };
  for (const chunk of chunkDocument(doc, key, hash)) {
    const verdict = judgeChunk(chunk, o.scan, o.policy);
    count(verdict.tally);
    if (verdict.reject) {
      reject = verdict.reject;
      break;
    }
    if (verdict.quarantine) {
      quarantine.push({
        heading: chunk.heading,
        start: chunk.start,
        end: chunk.end,
        ...verdict.quarantine,
        excerpt: chunk.text.slice(0, 240),
      });
    } else if (verdict.chunk) chunks.push(verdict.chunk);
  }
  // Text hidden from readers (HTML comments, display:none) never reaches the index; it is reported with what
  // the scanner says about it, so an injection hidden in a page shows up in `docs sources`.
  if (!reject) {
    for (const hidden of doc.hidden) {
      const finding = o
        .scan(hidden.text)
        .find((f) => f.kind === 'prompt_injection' || f.kind === 'jailbreak');
      count([finding ? 'prompt_injection:quarantined' : `${hidden.reason}:quarantined`]);
      quarantine.push({
        heading: doc.title,
        start: hidden.start,
        end: hidden.end,
        reason: finding ? `prompt_injection/${finding.type ?? 'hidden'}` : hidden.reason,
        scanner: finding?.scanner ?? 'ingest',
        score: finding?.score ?? 1,
        excerpt: hidden.text.slice(0, 240),
      });
    }
  }
  const record: DocSourceRecord = {
    path: key,
    sha256: hash,
    size,
    format: doc.format,
    title: doc.title,
    headings: doc.headings,
    chunks: reject ? 0 : chunks.length,
    status: reject ? 'rejected' : quarantine.length > 0 ? 'partial' : 'indexed',
    findings: tally,
    ingestedAt: o.now(),
  };
  o.store.putDocument(record, reject ? [] : chunks, reject ? [] : quarantine, replace);
  return { reject, chunks: record.chunks, quarantined: reject ? 0 : quarantine.length };
}

/**
 * Ingests files and folders into the docs index: only files whose SHA-256 changed are re-parsed, sources under a
 * walked folder that disappeared are removed, and every chunk passes the guard scan before it is indexed.
 *
 * @example
 * const report = ingestPaths(['./docs'], { store, scan: createBasicIngestScanner(), policy: { pii: 'redact', secrets: 'reject' },
 *   root: process.cwd(), maxFileBytes: 5e6, now: Date.now });
 */
export function ingestPaths(paths: readonly string[], o: IngestOptions): IngestReport {
  const started = performance.now();
  const run: IngestOptions = { ...o, scan: memoizeScan(o.scan) };
  const known = new Set(o.store.listSources().map((s) => s.path));
  const absolute = paths.map((p) => resolve(o.root, p));
  const walk = walkSources(absolute, (abs) => known.has(sourceKey(o.root, abs)));
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
    chunks: 0,
    quarantined: 0,
    bytes: 0,
  };
  const seen = new Set<string>();

  for (let from = 0; from < walk.files.length; from += BATCH) {
    o.store.transaction(() => {
      for (const abs of walk.files.slice(from, from + BATCH)) {
        const key = sourceKey(o.root, abs);
        seen.add(key);
        const buffer = readFileSync(abs);
        totals.bytes += buffer.length;
        if (buffer.length > o.maxFileBytes) {
          files.push({ source: key, outcome: 'skipped', reason: `larger than ${o.maxFileBytes} bytes` });
          totals.skipped++;
          continue;
        }
        const hash = sha256Hex(buffer);
        const previous = o.store.getSource(key);
        if (previous && previous.sha256 === hash && !o.force) {
          files.push({ source: key, outcome: 'unchanged' });
          totals.unchanged++;
          continue;
        }
        const format = formatOf(abs) ?? 'text';
        const doc = PARSERS[format](buffer.toString('utf8'), basename(abs));
        const result = ingestOne(key, doc, hash, buffer.length, previous !== undefined, run);
        const outcome: FileOutcome = result.reject ? 'rejected' : previous ? 'updated' : 'added';
        totals[outcome]++;
        totals.chunks += result.chunks;
        totals.quarantined += result.quarantined;
        files.push({
          source: key,
          outcome,
          chunks: result.chunks,
          quarantined: result.quarantined,
          ...(result.reject ? { reason: result.reject } : {}),
        });
      }
    });
    o.onProgress?.(Math.min(walk.files.length, from + BATCH), walk.files.length, totals.bytes);
  }

  // Removal: explicit files that vanished, and known sources under a walked folder that were not seen.
  const gone = new Set(walk.missing.map((abs) => sourceKey(o.root, abs)));
  for (const key of known) {
    if (seen.has(key)) continue;
    const abs = isAbsolute(key) ? key : resolve(o.root, key);
    if (walk.folders.some((f) => abs.startsWith(f + sep))) gone.add(key);
  }
  for (const key of gone) {
    o.store.removeSource(key);
    files.push({ source: key, outcome: 'removed' });
    totals.removed++;
  }
  return { files, totals, elapsedMs: performance.now() - started };
}
