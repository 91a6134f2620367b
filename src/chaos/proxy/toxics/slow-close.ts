import { z } from 'zod';
import { defineTcpToxic, millis } from '../toxic-types.js';

/** Toxiproxy `slow_close`: the FIN is forwarded `delay` ms late, as from a peer slow to hang up. */
export const slowClose = defineTcpToxic({
  description: 'Delays closing the connection by `delay` ms.',
  attributes: z.object({ delay: millis.default(0) }).strict(),
  create: (a, { conn }) => ({
    async end() {
      await conn.sleep(a.delay);
    },
  }),
});
