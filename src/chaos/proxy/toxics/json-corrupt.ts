import { z } from 'zod';
import { defineHttpToxic } from '../toxic-types.js';

/**
 * Corrupts JSON response bodies so they no longer parse, keeping their length (so Content-Length
 * stays true and the failure is in the client's parser, not in the framing).
 */
export const jsonCorrupt = defineHttpToxic({
  description: 'Corrupts JSON response bodies (same length, invalid JSON).',
  attributes: z.object({}).strict(),
  response: (_a, head) => {
    if (!(head.headers.get('content-type') ?? '').toLowerCase().includes('json')) return undefined;
    let first = true;
    return {
      body(data) {
        if (!first || data.length === 0) return { data };
        first = false;
        const copy = Buffer.from(data);
        copy[0] = 0x3c; // '<': what an HTML error page from a misbehaving proxy starts with
        return { data: copy };
      },
    };
  },
});
