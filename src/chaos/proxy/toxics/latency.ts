import { z } from 'zod';
import { defineTcpToxic, millis } from '../toxic-types.js';

/** Toxiproxy `latency`: every chunk waits `latency` ms ± `jitter` ms after it arrived. */
export const latency = defineTcpToxic({
  description: 'Adds latency (ms) with optional jitter (ms) to every chunk.',
  attributes: z.object({ latency: millis.default(0), jitter: millis.default(0) }).strict(),
  create: (a, { conn }) => ({
    async chunk(data, arrivedAt, emit) {
      const jitter = a.jitter > 0 ? (Math.random() * 2 - 1) * a.jitter : 0;
      // Measured from arrival, not from when the previous chunk left, so delays do not pile up.
      const wait = arrivedAt + Math.max(0, a.latency + jitter) - performance.now();
      if (wait > 0) await conn.sleep(wait);
      if (!conn.closed) await emit(data);
    },
  }),
});
