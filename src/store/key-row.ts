import type { KeyLimits, KeyRecord } from './types.js';

/** A key as a database row (both SQLite and PostgreSQL use these columns). */
export interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  hash: string;
  use_case: string | null;
  admin: number | boolean;
  limits: string | KeyLimits;
  created_at: string | Date;
  revoked_at: string | Date | null;
  last_used_at: string | Date | null;
}

const iso = (v: string | Date | null): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : v;

/** Shared by the SQLite and PostgreSQL key stores (PostgreSQL returns JSON and timestamps already parsed). */
export function keyRowToRecord(row: KeyRow): KeyRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    useCase: row.use_case,
    admin: Boolean(row.admin),
    limits: typeof row.limits === 'string' ? (JSON.parse(row.limits) as KeyLimits) : row.limits,
    createdAt: iso(row.created_at) ?? '',
    revokedAt: iso(row.revoked_at),
    lastUsedAt: iso(row.last_used_at),
  };
}

/** Drops unset limits so stored JSON and listings only show what was configured. */
export function cleanLimits(limits: KeyLimits | undefined): KeyLimits {
  const out: KeyLimits = {};
  for (const name of ['rpm', 'tpm', 'dailyBudgetUsd', 'monthlyBudgetUsd'] as const) {
    const value = limits?.[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
