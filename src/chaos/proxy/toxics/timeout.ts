import { z } from 'zod';
import { defineTcpToxic, millis } from '../toxic-types.js';

/**
 * Toxiproxy `timeout`: no data gets through; after `timeout` ms the connection is closed
 * (0 = held until the toxic is removed, when the held data flows again).
 */
export const timeout = defineTcpToxic({
  description: 'Stops all data and closes the connection after `timeout` ms (0: never).',
  attributes: z.object({ timeout: millis.default(0) }).strict(),
  create: (a, { conn }) => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const timer = a.timeout > 0 ? setTimeout(() => conn.close(), a.timeout) : undefined;
    return {
      async chunk(data, _arrivedAt, emit) {
        await released;
        if (!conn.closed) await emit(data);
      },
      dispose() {
        if (timer) clearTimeout(timer);
        release();
      },
    };
  },
});
