import type { CounterSlot } from './counter-windows.js';

/**
 * Quota leases: how a process sharing counters with others (several gateways on one SQLite file) answers most limit
 * checks from memory without ever letting the processes together exceed a limit.
 *
 * A process charges a slice of a window's limit to the shared counter in one commit (the lease) and then consumes it
 * in memory. The shared counter always holds every process's leases plus what was charged directly, so a grant that
 * keeps it at or under the limit can never let the processes together admit more than the limit: each consumes only
 * what it leased. The price is the other direction: a request can be refused while other processes hold leased but
 * unused quota. A lease is at most 1/LEASE_SHARE of the limit, and the unused part goes back to the shared counter
 * after LEASE_IDLE_MS without use and when the store closes, so with P processes admission falls short of a limit by
 * at most (P − 1)/LEASE_SHARE of it while the others are busy, and not at all once they are idle. A process that dies
 * holding a lease leaves its unused part counted as spent until the window ends (the safe side: never more
 * admitted than the limit). Limits smaller than LEASE_SHARE units lease exactly what each request needs, i.e. a
 * commit per request as without leases: small limits are exact across processes.
 */

/** A lease holds at most this fraction of a limit (1/16): the bound on what other processes may be refused. */
export const LEASE_SHARE = 16;
/** A lease covers up to this many requests like the one that asked for it. */
export const LEASE_REQUESTS = 256;
/** Unused quota goes back to the shared counter after this long without use. */
export const LEASE_IDLE_MS = 1000;

/** One window of one key as this process holds it. */
export interface Lease {
  /** The counter's key (`keyId|bucket`). */
  readonly k: string;
  /** Charged to the shared counter by this process and not returned. */
  leased: number;
  /** Consumed by this process's requests (corrections included); may exceed `leased` until the excess is charged. */
  used: number;
  /** The limit it was leased under: a different one sends the next request to the store, which trims the lease. */
  max: number;
  /** Wall-clock ms when the window ends (the lease is worthless after it). */
  readonly resetAt: number;
  /** Wall-clock ms of the last consume or correction: idle leases are returned. */
  touchedAt: number;
}

/** Quota held and not yet consumed: what the shared counter counts for this process beyond its real use. */
export function unusedOf(lease: Lease | undefined): number {
  return lease === undefined ? 0 : Math.max(0, lease.leased - lease.used);
}

/**
 * How much to add to the shared counter for `slot` when the lease lacks `shortfall` (> 0) and the counter has
 * `room` (= max − counter ≥ shortfall, checked by the caller's decision): the shortfall plus a slice for the next
 * requests, never more than 1/LEASE_SHARE of the limit beyond what is needed, never more than the room.
 */
export function leaseGrant(slot: CounterSlot, shortfall: number, room: number): number {
  const slice = Math.min(slot.amount * LEASE_REQUESTS, Math.floor(slot.max / LEASE_SHARE));
  return Math.min(Math.max(shortfall, slice), room);
}
