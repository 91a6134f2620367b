import type { AuditEntry } from './types.js';

/** A realistic audit entry for tests of every audit store; `overrides` change single fields. */
export function sampleAuditEntry(i: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    time: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    requestId: `req_${i}`,
    keyId: 'key_abc',
    useCase: 'demo',
    model: 'gpt-4o-mini',
    provider: 'openai',
    status: 200,
    errorCode: null,
    tokensIn: 12 + i,
    tokensOut: 30,
    costUsd: 0.000123 * (i + 1),
    latencyMs: { auth: 0.012, limits: 0.008, upstream: 412.5, total: 413.1 },
    findings: [{ scanner: 'pii', kind: 'pii', count: 1, maxScore: 0.93, action: 'redact' }],
    content: { mode: 'hashes', prompt: 'a'.repeat(64), response: 'b'.repeat(64) },
    extra: { stream: i % 2 === 0 },
    ...overrides,
  };
}

/** Collects an async iterable (Array.fromAsync is Node 22+). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
