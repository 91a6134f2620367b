import { z } from 'zod';
import { defineTcpToxic } from '../toxic-types.js';

/** Toxiproxy `bandwidth`: limits a direction to `rate` KB/s (1 KB = 1000 bytes, as Toxiproxy). */
export const bandwidth = defineTcpToxic({
  description: 'Limits throughput to `rate` KB/s.',
  attributes: z.object({ rate: z.number().int().positive().max(10_000_000) }).strict(),
  create: (a, { conn }) => ({
    async chunk(data, _arrivedAt, emit) {
      // Slices worth ~100 ms each keep the stream smooth instead of bursty.
      const slice = Math.max(1, a.rate * 100);
      for (let offset = 0; offset < data.length && !conn.closed; offset += slice) {
        const piece = data.subarray(offset, offset + slice);
        await conn.sleep((piece.length / (a.rate * 1000)) * 1000);
        if (!conn.closed) await emit(piece);
      }
    },
  }),
});
