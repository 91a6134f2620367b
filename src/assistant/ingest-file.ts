import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256Hex } from '../core/hash.js';
import type { ChunkInput, QuarantineInput } from '../store/docs-store.js';
import type { Finding } from '../guards/types.js';
import { chunkDocument, type Chunk } from './chunk.js';
import { judgeFindings, scanText, type IngestPolicy } from './ingest-policy.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePdf } from './parse-pdf.js';
import { parseText } from './parse-text.js';
import type { ParsedDoc } from './parsed-doc.js';
import { describeInvalidUtf8, findInvalidUtf8 } from './utf8.js';
import { formatOf } from './walk.js';

/**
 * Everything ingestion learns about one file before it touches the index: read, hashed, parsed, chunked and every
 * chunk judged by the guard scan and the ingest policy. A pure function of the file and the scanner, so it can run
 * on a worker thread (ingest-pool.ts) while the main thread writes earlier files to SQLite.
 */
export interface FileTask {
  abs: string;
  /** The source key recorded in the index (relative to the root when inside it). */
  key: string;
  /** SHA-256 the index holds for this key, or null when the file is new. */
  previousSha: string | null;
  force: boolean;
  maxFileBytes: number;
}

export interface FileAnalysis {
  format: ParsedDoc['format'];
  title: string;
  headings: string[];
  /** Set when the policy rejects the whole file: nothing of it is indexed. */
  reject: string | null;
  chunks: ChunkInput[];
  quarantine: QuarantineInput[];
  /** Guard findings by kind/action, for the provenance record. */
  tally: Record<string, number>;
}

export type FileResult =
  | { kind: 'skipped'; key: string; bytes: number; reason: string }
  | { kind: 'unchanged'; key: string; bytes: number }
  | { kind: 'analyzed'; key: string; bytes: number; sha256: string; analysis: FileAnalysis }
  | { kind: 'failed'; key: string; bytes: number; reason: string };

const TEXT_PARSERS = { markdown: parseMarkdown, html: parseHtml, text: parseText } as const;

function parse(buffer: Buffer, abs: string, format: ParsedDoc['format']): ParsedDoc {
  const name = basename(abs);
  return format === 'pdf' ? parsePdf(buffer, name) : TEXT_PARSERS[format](buffer.toString('utf8'), name);
}

/**
 * Identifies a quarantined passage across re-ingests: the same source, heading and text give the same fingerprint
 * (a reviewer's decision then still applies); any edit gives a new one, judged afresh.
 */
export function passageFingerprint(source: string, heading: string, text: string): string {
  return sha256Hex(`${source}\0${heading}\0${text}`);
}

/**
 * A parsed, chunked document before the guard scan: `texts` are exactly what the scan sees, in order (each chunk
 * as `heading + "\n" + text`, then each hidden text), so the scan can run elsewhere (a scan thread,
 * ingest-parallel.ts) and `judgeDocument` apply the policy to its findings afterwards.
 */
export interface PreparedDocument {
  doc: ParsedDoc;
  chunks: Chunk[];
  texts: string[];
}

export function prepareDocument(doc: ParsedDoc, key: string, hash: string): PreparedDocument {
  const chunks = chunkDocument(doc, key, hash);
  const texts = chunks.map(scanText);
  for (const hidden of doc.hidden) texts.push(hidden.text);
  return { doc, chunks, texts };
}

/**
 * Judges every chunk of a prepared document by the findings for `texts[i]` (`findingsOf(i)`), then what the parser
 * hid from readers. Texts after a chunk that rejects the file are never asked for: in process they are not scanned.
 */
export function judgeDocument(
  prepared: PreparedDocument,
  key: string,
  findingsOf: (index: number) => readonly Finding[],
  policy: IngestPolicy,
): FileAnalysis {
  const { doc, chunks: parts } = prepared;
  const chunks: ChunkInput[] = [];
  const quarantine: QuarantineInput[] = [];
  const tally: Record<string, number> = {};
  let reject: string | null = null;
  const count = (labels: readonly string[]) => {
    for (const label of labels) tally[label] = (tally[label] ?? 0) + 1;
  };
  for (let i = 0; i < parts.length; i++) {
    const chunk = parts[i] as Chunk;
    const verdict = judgeFindings(chunk, findingsOf(i), policy);
    count(verdict.tally);
    if (verdict.reject) {
      reject = verdict.reject;
      break;
    }
    if (verdict.quarantine) {
      const { held, hold, at, ...why } = verdict.quarantine;
      // The reviewer's first look: from just before what the scanner flagged (a rule's match), else the start.
      const from = at > 60 ? chunk.text.lastIndexOf(' ', at - 40) + 1 : 0;
      quarantine.push({
        heading: chunk.heading,
        start: chunk.start,
        end: chunk.end,
        ...why,
        excerpt: (from > 0 ? '…' : '') + chunk.text.slice(from, from + 240),
        fingerprint: passageFingerprint(key, chunk.heading, chunk.text),
        passage: held,
        hold,
      });
    } else if (verdict.chunk) chunks.push(verdict.chunk);
  }
  // Text hidden from readers (HTML comments, display:none) never reaches the index; it is reported with what
  // the scanner says about it, so an injection hidden in a page shows up in `docs sources`.
  if (!reject) {
    doc.hidden.forEach((hidden, h) => {
      const finding = findingsOf(parts.length + h).find(
        (f) => f.kind === 'prompt_injection' || f.kind === 'jailbreak',
      );
      count([finding ? 'prompt_injection:quarantined' : `${hidden.reason}:quarantined`]);
      quarantine.push({
        heading: doc.title,
        start: hidden.start,
        end: hidden.end,
        reason: finding ? `prompt_injection/${finding.type ?? 'hidden'}` : hidden.reason,
        scanner: finding?.scanner ?? 'ingest',
        score: finding?.score ?? 1,
        excerpt: hidden.text.slice(0, 240),
        fingerprint: passageFingerprint(key, doc.title, hidden.text),
        // Readers never see hidden text, so an answer must not quote it: there is nothing to release.
        passage: null,
        hold: `text hidden from readers (${hidden.reason}) is never indexed; edit the source to show or remove it`,
      });
    });
  }
  return {
    format: doc.format,
    title: doc.title,
    headings: doc.headings,
    reject,
    chunks: reject ? [] : chunks,
    quarantine: reject ? [] : quarantine,
    tally,
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * The cheap half of `processFile` for a file the index already holds: its result when it is unchanged, else null.
 * Lets a re-ingest where little changed skip starting workers (and building a guard engine in each).
 */
export function unchangedResult(task: FileTask): FileResult | null {
  if (task.previousSha === null || task.force) return null;
  try {
    const buffer = readFileSync(task.abs);
    if (buffer.length > task.maxFileBytes || sha256Hex(buffer) !== task.previousSha) return null;
    return { kind: 'unchanged', key: task.key, bytes: buffer.length };
  } catch {
    return null; // processFile reports the error
  }
}

/** A file read, hashed, parsed and chunked, waiting for the scan of its texts (`judgeDocument`). */
export type PreparedResult =
  | Exclude<FileResult, { kind: 'analyzed' }>
  | { kind: 'prepared'; key: string; bytes: number; sha256: string; prepared: PreparedDocument };

/**
 * Reads, hashes and (when new or changed) parses and chunks one file. An unreadable or unparsable file is a
 * per-file failure in the result, never an exception that stops the ingest of the others.
 */
export function prepareFile(task: FileTask): PreparedResult {
  let buffer: Buffer;
  try {
    buffer = readFileSync(task.abs);
  } catch (error) {
    return { kind: 'failed', key: task.key, bytes: 0, reason: `cannot read: ${errorText(error)}` };
  }
  const bytes = buffer.length;
  if (bytes > task.maxFileBytes)
    return { kind: 'skipped', key: task.key, bytes, reason: `larger than ${task.maxFileBytes} bytes` };
  const sha256 = sha256Hex(buffer);
  if (task.previousSha === sha256 && !task.force) return { kind: 'unchanged', key: task.key, bytes };
  const format = formatOf(task.abs) ?? 'text';
  // Decoding would turn invalid bytes into U+FFFD without a word: the file fails alone, saying where and why.
  const invalid = format === 'pdf' ? null : findInvalidUtf8(buffer);
  if (invalid) return { kind: 'failed', key: task.key, bytes, reason: describeInvalidUtf8(buffer, invalid) };
  let doc: ParsedDoc;
  try {
    doc = parse(buffer, task.abs, format);
  } catch (error) {
    // A corrupt or truncated file (PDF.js: "Invalid PDF structure") fails alone, with the parser's reason.
    return { kind: 'failed', key: task.key, bytes, reason: `cannot parse: ${errorText(error)}` };
  }
  return { kind: 'prepared', key: task.key, bytes, sha256, prepared: prepareDocument(doc, task.key, sha256) };
}

/** The result of a prepared file once `findingsOf(i)` gives the findings of its `texts[i]`. */
export function judgePrepared(
  result: PreparedResult,
  findingsOf: (index: number) => readonly Finding[],
  policy: IngestPolicy,
): FileResult {
  if (result.kind !== 'prepared') return result;
  const { prepared, ...rest } = result;
  return { ...rest, kind: 'analyzed', analysis: judgeDocument(prepared, result.key, findingsOf, policy) };
}
