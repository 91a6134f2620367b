import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { eventAuditEntry } from './event-audit-entry.js';
import type { AuditEntry, KeyRecord } from './types.js';

export type KeyAuditAction = 'create' | 'rotate' | 'revoke' | 'list';

/** Who changed a key: an admin key through the gateway's admin API, or someone at the CLI on the store host. */
export type KeyAuditActor = { type: 'admin-key'; keyId: string } | { type: 'cli'; user: string };

/**
 * What an audit record says about the key an action touched. Built from the stored record only, so the secret
 * (never held by a KeyRecord) and its hash cannot end up in the log.
 */
export interface KeyAuditTarget {
  keyId: string;
  name: string;
  useCase: string | null;
  admin: boolean;
  limits: Record<string, number>;
}

export function keyAuditTarget(record: KeyRecord): KeyAuditTarget {
  return {
    keyId: record.id,
    name: record.name,
    useCase: record.useCase,
    admin: record.admin,
    limits: { ...record.limits },
  };
}

/** `extra.keyEvent` of a key lifecycle record. */
export function keyAuditEvent(
  action: KeyAuditAction,
  actor: KeyAuditActor,
  target: KeyRecord | null,
): Record<string, unknown> {
  return { action, actor, ...(target ? { target: keyAuditTarget(target) } : {}) };
}

/** The OS user running the CLI; containers without a passwd entry fall back to $USER, then "unknown". */
export function cliUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/**
 * The audit entry of a key change made outside the gateway (`bastion keys …`): no request, no model, status 0,
 * the change itself in `extra.keyEvent`. It joins the same hash chain as gateway records.
 */
export function cliKeyAuditEntry(action: KeyAuditAction, target: KeyRecord, now = Date.now()): AuditEntry {
  return eventAuditEntry({
    time: new Date(now).toISOString(),
    requestId: `cli_${randomUUID()}`,
    useCase: target.useCase,
    extra: {
      route: `cli keys ${action}`,
      keyEvent: keyAuditEvent(action, { type: 'cli', user: cliUser() }, target),
    },
  });
}
