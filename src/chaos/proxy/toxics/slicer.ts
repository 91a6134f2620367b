import { z } from 'zod';
import { defineTcpToxic } from '../toxic-types.js';

/** Toxiproxy `slicer`: splits chunks into pieces of ~`average_size` bytes, `delay` µs apart. */
export const slicer = defineTcpToxic({
  description:
    'Slices data into small pieces (average_size ± size_variation bytes) with `delay` µs between them.',
  attributes: z
    .object({
      average_size: z.number().int().positive().default(1),
      size_variation: z.number().int().nonnegative().default(0),
      delay: z.number().int().nonnegative().max(10_000_000).default(0),
    })
    .strict()
    .refine((a) => a.size_variation < a.average_size, {
      message: 'size_variation must be smaller than average_size',
    }),
  create: (a, { conn }) => ({
    async chunk(data, _arrivedAt, emit) {
      let offset = 0;
      while (offset < data.length && !conn.closed) {
        const variation = Math.round((Math.random() * 2 - 1) * a.size_variation);
        const size = Math.max(1, a.average_size + variation);
        await emit(data.subarray(offset, offset + size));
        offset += size;
        if (a.delay > 0 && offset < data.length) await conn.sleep(a.delay / 1000);
      }
    },
  }),
});
