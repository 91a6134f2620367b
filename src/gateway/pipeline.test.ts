import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../core/log.js';
import { RequestContext } from './context.js';
import type { GatewayCore } from './core.js';
import { runStages, type Stage } from './pipeline.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runStages', () => {
  it('adds up the time of steps that share a stage name, sync and async alike', async () => {
    // A clock that advances one millisecond per reading: each step takes exactly 1 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    const ctx = new RequestContext('r1', {} as IncomingMessage, {} as ServerResponse, silentLogger, 0);
    const order: string[] = [];
    const stages: Stage[] = [
      { name: 'parse', run: () => void order.push('read') },
      { name: 'parse', run: () => Promise.resolve().then(() => void order.push('validate')) },
      { name: 'auth', run: () => void order.push('auth') },
    ];
    await runStages(ctx, {} as GatewayCore, stages);
    expect(order).toEqual(['read', 'validate', 'auth']);
    expect(ctx.timings).toEqual({ parse: 2, auth: 1 });
    // One reading per stage plus the first: a stage's end is the next one's start.
    expect(now).toBe(stages.length + 1);
  });
});
