import { z } from 'zod';
import { defineHttpToxic } from '../toxic-types.js';
import { eventEnds, isEventStream } from './sse-events.js';

/**
 * Cuts a server-sent-events response after `after_events` complete events: the connection ends
 * mid-answer without the final chunk, as when an upstream dies while streaming.
 */
export const sseCut = defineHttpToxic({
  description: 'Cuts an SSE (text/event-stream) response after `after_events` events.',
  attributes: z.object({ after_events: z.number().int().nonnegative().default(1) }).strict(),
  response: (a, head) => {
    if (!isEventStream(head.headers.get('content-type'))) return undefined;
    let seen = 0;
    // Bytes of the current incomplete event, already forwarded; kept to find its end.
    let partial = Buffer.alloc(0);
    return {
      body(data) {
        if (a.after_events === 0) return { data: Buffer.alloc(0), cut: true };
        const buf = Buffer.concat([partial, data]);
        const ends = eventEnds(buf);
        const needed = a.after_events - seen;
        if (ends.length >= needed) {
          const cutAt = ends[needed - 1] ?? 0;
          return { data: buf.subarray(partial.length, cutAt), cut: true };
        }
        seen += ends.length;
        partial = ends.length > 0 ? buf.subarray(ends[ends.length - 1]) : buf;
        return { data };
      },
    };
  },
});
