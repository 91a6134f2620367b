import type { AuditEntry } from './types.js';

/**
 * An audit entry for an event that is not a model call (a retention purge, a key change made from the CLI):
 * no key, model, tokens or content, status 0, the event itself in `extra`. It joins the same hash chain.
 *
 * @example
 * const entry = eventAuditEntry({ requestId: 'purge-41', extra: { deleted: 40 } });
 */
export function eventAuditEntry(event: {
  requestId: string;
  useCase?: string | null;
  time?: string;
  extra: Record<string, unknown>;
}): AuditEntry {
  return {
    ...(event.time !== undefined ? { time: event.time } : {}),
    requestId: event.requestId,
    keyId: null,
    useCase: event.useCase ?? null,
    model: null,
    provider: null,
    status: 0,
    errorCode: null,
    tokensIn: 0,
    tokensOut: 0,
    costUsd: 0,
    latencyMs: {},
    findings: [],
    content: { mode: 'hashes', prompt: null, response: null },
    extra: event.extra,
  };
}
