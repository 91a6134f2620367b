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

export interface Approvals {
  hold(input: Omit<Approval, 'id' | 'status' | 'decidedAt' | 'createdAt'>, now: number): Approval;
  get(id: string, now: number): Approval | undefined;
  decide(id: string, status: 'approved' | 'denied', now: number): Approval | undefined;
  list(now: number): Approval[];
}

/**
 * Held tool calls, in memory with a TTL. The held ANSWER is kept (not re-requested) so what the human
 * approved is exactly what the client receives. Single-replica by design: a held call must be collected
 * from the replica that holds it (documented in docs/gateway.md).
 */
export function createApprovals(ttlMs = 15 * 60_000, max = 10_000): Approvals {
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
    list(now) {
      sweep(now);
      return [...held.values()];
    },
  };
}
