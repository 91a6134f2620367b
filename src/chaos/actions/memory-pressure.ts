import { freemem, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { durationMs, sizeBytes } from '../experiment/common-schema.js';
import { defineAction } from './types.js';

/**
 * Holds `size` bytes of touched memory for `duration`. Bounded to half the machine's memory and
 * to what is free, so the experiment squeezes the service rather than triggering the OOM killer on it.
 */
export const memoryPressure = defineAction({
  description: 'Hold `size` of memory for `duration` (at most half of RAM and of free memory).',
  schema: z
    .object({ size: sizeBytes, duration: durationMs.refine((d) => d <= 600_000, 'at most 10m') })
    .strict(),
  run: async (a, ctx) => {
    const limit = Math.min(totalmem() / 2, freemem() * 0.8);
    if (a.size > limit) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_ACTION_FAILED',
        `memory-pressure: ${a.size} bytes is above the safe limit ${Math.floor(limit)}`,
      );
    }
    let blocks: Buffer[] = [];
    for (let left = a.size; left > 0; left -= 64 * 1024 * 1024)
      blocks.push(Buffer.alloc(Math.min(left, 64 * 1024 * 1024), 1));
    const release = async () => {
      blocks = [];
    };
    await sleep(a.duration, undefined, { signal: ctx.signal }).catch(() => undefined);
    const held = blocks.reduce((n, b) => n + b.length, 0);
    await release();
    return { output: { bytes: held, durationMs: a.duration }, undo: release };
  },
});
