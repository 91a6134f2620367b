import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { defineHttpToxic, millis } from '../toxic-types.js';

/** Holds each HTTP response's first byte for `delay` ms: a slow time-to-first-token. */
export const firstByteDelay = defineHttpToxic({
  description: 'Delays the first byte of every HTTP response by `delay` ms.',
  attributes: z.object({ delay: millis.default(1000) }).strict(),
  response: (a) => ({
    head: () => sleep(a.delay),
  }),
});
