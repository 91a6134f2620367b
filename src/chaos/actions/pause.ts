import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { durationMs } from '../experiment/common-schema.js';
import { defineAction } from './types.js';

export const pause = defineAction({
  description: 'Wait for `duration` (cut short when the run aborts).',
  schema: z.object({ duration: durationMs }).strict(),
  run: async (a, ctx) => {
    await sleep(a.duration, undefined, { signal: ctx.signal }).catch(() => undefined);
    return { output: { durationMs: a.duration } };
  },
});
