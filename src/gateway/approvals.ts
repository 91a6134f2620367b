import { randomBytes } from 'node:crypto';
import type { ChatResponse, ToolCall } from '../providers/types.js';

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'delivered';

/** A model answer with tool calls, held until a human decides. */
export interface Approval {
  readonly id: string;
  readonly keyId: string;
  readonly useCase: string;
  readonly model: string;
  readonly requestId: string;
  readonly createdAt: number;
  readonly toolCalls: readonly ToolCall[];
  readonly response: ChatResponse;
  status: ApprovalStatus;
  decidedAt: number | null;
}

/** What admins see: the calls (name and arguments) but not the rest of the conversation. */
export function approvalView(a: Approval) {
  return {
    id: a.id,
    status: a.status,
    key_id: a.keyId,
    use_case: a.useCase,
    model: a.model,
    request_id: a.requestId,
    created_at: new Date(a.createdAt).toISOString(),
    decided_at: a.decidedAt === null ? null : new Date(a.decidedAt).toISOString(),
    tool_calls: a.toolCalls.map((c) => ({
      id: c.id,
      name: c.function.name,
      arguments: c.function.arguments,
    })),
  };
}

export type HoldInput = Omit<Approval, 'id' | 'status' | 'decidedAt' | 'createdAt'>;

/**
 * Held tool calls. Asynchronous because with `server.workers` > 1 they live in the primary process (the client's
 * retry and the reviewer's decision may reach any worker): see cluster/shared-approvals.ts.
 */
export interface Approvals {
  hold(input: HoldInput, now: number): Promise<Approval>;
  get(id: string, now: number): Promise<Approval | undefined>;
  decide(id: string, status: 'approved' | 'denied', now: number): Promise<Approval | undefined>;
  /**
   * The approval held for `keyId` as it was, marking an approved one delivered in the same step, so two retries
   * racing on two workers cannot both receive the answer. Undefined when unknown or held for another key.
   */
  collect(id: string, keyId: string, now: number): Promise<Approval | undefined>;
  list(now: number): Promise<Approval[]>;
}

/** The in-memory store behind both the local and the shared approvals; synchronous. */
export interface ApprovalTable {
  hold(input: HoldInput, now: number): Approval;
  get(id: string, now: number): Approval | undefined;
  decide(id: string, status: 'approved' | 'denied', now: number): Approval | undefined;
  collect(id: string, keyId: string, now: number): Approval | undefined;
  list(now: number): Approval[];
}

/** Approvals held in this process (one gateway process, or the table the cluster primary keeps for its workers). */
export function createApprovals(ttlMs = 15 * 60_000, max = 10_000): Approvals {
  const table = createApprovalTable(ttlMs, max);
  return {
    hold: async (input, now) => table.hold(input, now),
    get: async (id, now) => table.get(id, now),
    decide: async (id, status, now) => table.decide(id, status, now),
    collect: async (id, keyId, now) => table.collect(id, keyId, now),
    list: async (now) => table.list(now),
  };
}

/**
 * Held tool calls, in memory with a TTL. The held ANSWER is kept (not re-requested) so what the human
 * approved is exactly what the client receives. With several workers the primary keeps the one table; several
 * replicas (hosts) do not share it: a held call must be collected from the replica that holds it (docs/gateway.md).
 */
export function createApprovalTable(ttlMs = 15 * 60_000, max = 10_000): ApprovalTable {
  const held = new Map<string, Approval>();
  const sweep = (now: number): void => {
    for (const [id, a] of held) {
      if (now - a.createdAt > ttlMs) held.delete(id);
      else break; // Map keeps insertion order, so the rest are younger
    }
  };
  return {
    hold(input, now) {
      sweep(now);
      if (held.size >= max) {
        const oldest = held.keys().next();
        if (!oldest.done) held.delete(oldest.value);
      }
      const approval: Approval = {
        ...input,
        id: `apr_${randomBytes(12).toString('hex')}`,
        createdAt: now,
        status: 'pending',
        decidedAt: null,
      };
      held.set(approval.id, approval);
      return approval;
    },
    get(id, now) {
      sweep(now);
      return held.get(id);
    },
    decide(id, status, now) {
      sweep(now);
      const a = held.get(id);
      if (!a || a.status !== 'pending') return a;
      a.status = status;
      a.decidedAt = now;
      return a;
    },
    collect(id, keyId, now) {
      sweep(now);
      const a = held.get(id);
      if (!a || a.keyId !== keyId) return undefined;
      const before = { ...a };
      if (a.status === 'approved') a.status = 'delivered';
      return before;
    },
    list(now) {
      sweep(now);
      return [...held.values()];
    },
  };
}
