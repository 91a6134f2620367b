import { describe, expect, it } from 'vitest';
import { createApprovalTable } from './approvals.js';

const input = {
  keyId: 'key_a',
  useCase: 'tools',
  model: 'fast',
  requestId: 'req_1',
  toolCalls: [],
  response: { id: 'c', object: 'chat.completion' as const, created: 0, model: 'fast', choices: [] },
};

describe('approval table', () => {
  it('collect hands an approved answer out once, only to the key it was held for', () => {
    const table = createApprovalTable();
    const held = table.hold(input, 1000);
    expect(table.collect(held.id, 'key_a', 1001)?.status).toBe('pending');
    table.decide(held.id, 'approved', 1002);
    expect(table.collect(held.id, 'key_b', 1003)).toBeUndefined();
    expect(table.get(held.id, 1003)?.status).toBe('approved');
    expect(table.collect(held.id, 'key_a', 1004)?.status).toBe('approved');
    expect(table.collect(held.id, 'key_a', 1005)?.status).toBe('delivered');
  });

  it('a denied call is never delivered; held calls expire after the TTL', () => {
    const table = createApprovalTable(10_000);
    const held = table.hold(input, 0);
    table.decide(held.id, 'denied', 1);
    expect(table.collect(held.id, 'key_a', 2)?.status).toBe('denied');
    expect(table.get(held.id, 3)?.status).toBe('denied');
    expect(table.get(held.id, 10_001)).toBeUndefined();
  });
});
