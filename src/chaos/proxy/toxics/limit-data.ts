import { z } from 'zod';
import { defineTcpToxic } from '../toxic-types.js';

/** Toxiproxy `limit_data`: the connection is closed once `bytes` bytes went through this direction. */
export const limitData = defineTcpToxic({
  description: 'Closes the connection after `bytes` bytes were transmitted.',
  attributes: z.object({ bytes: z.number().int().nonnegative() }).strict(),
  create: (a, { conn }) => {
    let sent = 0;
    return {
      async chunk(data, _arrivedAt, emit) {
        const allowed = Math.max(0, a.bytes - sent);
        if (allowed > 0) await emit(allowed >= data.length ? data : data.subarray(0, allowed));
        sent += Math.min(allowed, data.length);
        if (sent >= a.bytes) conn.close();
      },
    };
  },
});
