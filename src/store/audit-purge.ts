import { BastionError } from '../core/errors/index.js';
import { eventAuditEntry } from './event-audit-entry.js';
import type { AuditEntry } from './types.js';

/** An ISO-8601 bound from an ISO string or epoch ms; `fallback` when absent (ISO strings compare in time order). */
export function toIsoBound(value: string | number | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `"${value}" is not a date (expected ISO-8601 or epoch ms)`,
    );
  }
  return date.toISOString();
}

/** The entry appended when retention removes records: it vouches for the new start of the chain. */
export function purgeEntry(
  throughSeq: number,
  throughHash: string,
  deleted: number,
  cutoff: string,
): AuditEntry {
  return eventAuditEntry({
    requestId: `purge-${throughSeq}`,
    extra: { throughSeq, throughHash, deleted, before: cutoff },
  });
}
