import type { Finding } from '../guards/types.js';
import {
  judgePrepared,
  prepareFile,
  type FileResult,
  type FileTask,
  type PreparedResult,
} from './ingest-file.js';
import type { IngestPolicy } from './ingest-policy.js';
import type { IngestScanFn } from './ingest-scanner.js';
import { packTexts, scanTexts, unpackTexts, type PackedTexts, type ScanOutcome } from './scan-batch.js';

/**
 * Files per batch: the unit a scan thread gets (amortises the message round trip without making batches lumpy),
 * and on one thread the files read and parsed before their passages are scanned one after the other — the
 * scanners' code and tables stay in the CPU caches through a few hundred passages instead of being evicted by
 * parsing and SQLite between every file's few (BENCHMARKS.md, Docs assistant).
 */
export const FILES_PER_BATCH = 32;

/** A few files read, hashed, parsed and chunked, with every text their scan needs packed together. */
export interface PreparedBatch {
  prepared: PreparedResult[];
  /** Index of each file's first text in the batch's texts. */
  offsets: number[];
  /** The texts, in order (null when the batch has nothing to scan). */
  texts: PackedTexts | null;
}

class ScanFailure extends Error {}

function failure(key: string, error: unknown): FileResult {
  const reason =
    error instanceof ScanFailure
      ? error.message
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return { kind: 'failed', key, bytes: 0, reason: `cannot ingest: ${reason}` };
}

/** Prepares each file (a bug on one file fails that file, not the batch) and packs their texts. */
export function prepareBatch(tasks: readonly FileTask[]): PreparedBatch {
  const prepared = tasks.map((task): PreparedResult => {
    try {
      return prepareFile(task);
    } catch (error) {
      return failure(task.key, error) as PreparedResult;
    }
  });
  const offsets: number[] = [];
  const texts: string[] = [];
  for (const r of prepared) {
    offsets.push(texts.length);
    if (r.kind === 'prepared') for (const t of r.prepared.texts) texts.push(t);
  }
  return { prepared, offsets, texts: texts.length > 0 ? packTexts(texts) : null };
}

/** The policy on a batch's findings, file by file; a scan that threw fails its file with the scanner's reason. */
export function judgeBatch(batch: PreparedBatch, outcome: ScanOutcome, policy: IngestPolicy): FileResult[] {
  const found = new Map(outcome.found);
  const errors = new Map(outcome.errors);
  return batch.prepared.map((result, k) => {
    const offset = batch.offsets[k] ?? 0;
    const findingsOf = (i: number): readonly Finding[] => {
      const error = errors.get(offset + i);
      if (error !== undefined) throw new ScanFailure(error);
      return found.get(offset + i) ?? [];
    };
    try {
      return judgePrepared(result, findingsOf, policy);
    } catch (error) {
      return failure(result.key, error);
    }
  });
}

/** Scans a batch's texts on this thread (decoded as a scan thread decodes them) and judges it. */
export function scanBatchHere(batch: PreparedBatch, scan: IngestScanFn, policy: IngestPolicy): FileResult[] {
  const outcome = batch.texts ? scanTexts(unpackTexts(batch.texts), scan) : { found: [], errors: [] };
  return judgeBatch(batch, outcome, policy);
}
