import type { AuditContentMode, AuditRecord, AuditRecordKind } from './types.js';

/** Column order shared by the SQLite and PostgreSQL audit tables. */
export const AUDIT_COLUMNS = [
  'seq',
  'kind',
  'time',
  'request_id',
  'key_id',
  'use_case',
  'model',
  'provider',
  'status',
  'error_code',
  'tokens_in',
  'tokens_out',
  'cost_usd',
  'latency_ms',
  'findings',
  'content_mode',
  'prompt',
  'response',
  'extra',
  'prev_hash',
  'hash',
] as const;

export type AuditRow = Record<(typeof AUDIT_COLUMNS)[number], unknown>;

/** A record as column values (objects as JSON text), in AUDIT_COLUMNS order. */
export function auditRecordToValues(record: AuditRecord): unknown[] {
  return [
    record.seq,
    record.kind,
    record.time,
    record.requestId,
    record.keyId,
    record.useCase,
    record.model,
    record.provider,
    record.status,
    record.errorCode,
    record.tokensIn,
    record.tokensOut,
    record.costUsd,
    JSON.stringify(record.latencyMs),
    JSON.stringify(record.findings),
    record.content.mode,
    record.content.prompt,
    record.content.response,
    record.extra === null ? null : JSON.stringify(record.extra),
    record.prevHash,
    record.hash,
  ];
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
// PostgreSQL returns BIGINT as a string; SQLite returns numbers.
const num = (v: unknown): number => Number(v);
/** Unparseable JSON (someone edited the column by hand) becomes a value that cannot hash like the original. */
function json<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  try {
    return JSON.parse(String(v)) as T;
  } catch {
    return { unparseable: String(v) } as T;
  }
}

/** Rebuilds a record from a row exactly as stored, so verification hashes what is really in the database. */
export function auditRowToRecord(row: AuditRow): AuditRecord {
  return {
    seq: num(row.seq),
    kind: String(row.kind) as AuditRecordKind,
    time: String(row.time),
    requestId: String(row.request_id),
    keyId: text(row.key_id),
    useCase: text(row.use_case),
    model: text(row.model),
    provider: text(row.provider),
    status: num(row.status),
    errorCode: text(row.error_code),
    tokensIn: num(row.tokens_in),
    tokensOut: num(row.tokens_out),
    costUsd: num(row.cost_usd),
    latencyMs: json<Record<string, number>>(row.latency_ms, {}),
    findings: json<AuditRecord['findings']>(row.findings, []),
    content: {
      mode: String(row.content_mode) as AuditContentMode,
      prompt: text(row.prompt),
      response: text(row.response),
    },
    extra: json<Record<string, unknown> | null>(row.extra, null),
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  };
}
