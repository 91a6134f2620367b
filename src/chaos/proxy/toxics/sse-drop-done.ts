import { z } from 'zod';
import { defineHttpToxic } from '../toxic-types.js';
import { eventEnds, isEventStream } from './sse-events.js';

const DONE = /^data: ?\[DONE\][ \t]*$/gm;
const blank = (line: string) => ':' + ' '.repeat(Math.max(0, line.length - 1));

/**
 * Removes OpenAI's final `data: [DONE]` event from SSE responses, leaving a stream that ends
 * without its terminator. The line becomes an SSE comment of the same length, so framing and
 * Content-Length stay valid.
 */
export const sseDropDone = defineHttpToxic({
  description: 'Drops the final `data: [DONE]` event of SSE responses.',
  attributes: z.object({}).strict(),
  response: (_a, head) => {
    if (!isEventStream(head.headers.get('content-type'))) return undefined;
    // The incomplete event, held so a `[DONE]` split across chunks is still found.
    let held = Buffer.alloc(0);
    const rewrite = (events: Buffer) => Buffer.from(events.toString('utf8').replace(DONE, blank));
    return {
      body(data) {
        const buf = Buffer.concat([held, data]);
        const ends = eventEnds(buf);
        const last = ends.length > 0 ? (ends[ends.length - 1] ?? 0) : 0;
        held = buf.subarray(last);
        return { data: rewrite(buf.subarray(0, last)) };
      },
      end() {
        const out = rewrite(held);
        held = Buffer.alloc(0);
        return out;
      },
    };
  },
});
