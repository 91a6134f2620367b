import { z } from 'zod';
import { defineTcpToxic, millis } from '../toxic-types.js';

/** Toxiproxy `reset_peer`: a TCP RST ("connection reset by peer") `timeout` ms after attaching. */
export const resetPeer = defineTcpToxic({
  description: 'Resets the connection (TCP RST) after `timeout` ms.',
  attributes: z.object({ timeout: millis.default(0) }).strict(),
  create: (a, { conn }) => {
    // Deferred even at 0 so the reset happens after the connection is fully wired.
    const timer = setTimeout(() => conn.reset(), a.timeout);
    return {
      dispose() {
        clearTimeout(timer);
      },
    };
  },
});
