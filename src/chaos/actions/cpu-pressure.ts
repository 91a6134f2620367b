import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { durationMs } from '../experiment/common-schema.js';
import { defineAction } from './types.js';

// Busy for `load`% of every 100 ms slice, idle for the rest.
const BURN = `
const { workerData } = require('node:worker_threads');
const busy = workerData.load;
const sab = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  const start = Date.now();
  while (Date.now() - start < busy) {}
  if (busy < 100) Atomics.wait(sab, 0, 0, 100 - busy);
}`;

/** Loads CPU cores with worker threads for a bounded time; rollback (or the end) stops them. */
export const cpuPressure = defineAction({
  description: 'Put CPU pressure on the machine: `workers` threads at `load`% for `duration`.',
  schema: z
    .object({
      workers: z.number().int().positive().default(1),
      load: z.number().int().min(1).max(100).default(100),
      duration: durationMs.refine((d) => d <= 600_000, 'at most 10m'),
    })
    .strict(),
  run: async (a, ctx) => {
    if (a.workers > availableParallelism()) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_ACTION_FAILED',
        `cpu-pressure: ${a.workers} workers but only ${availableParallelism()} CPUs`,
      );
    }
    const workers = Array.from(
      { length: a.workers },
      () => new Worker(BURN, { eval: true, workerData: { load: a.load } }),
    );
    const stop = async () => void (await Promise.all(workers.map((w) => w.terminate())));
    await sleep(a.duration, undefined, { signal: ctx.signal }).catch(() => undefined);
    await stop();
    return { output: { workers: a.workers, load: a.load, durationMs: a.duration }, undo: stop };
  },
});
