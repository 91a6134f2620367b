import { describe, expect, it } from 'vitest';
import { parseSse, type SseEvent } from './sse.js';

async function* from(parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  for (const p of parts) yield typeof p === 'string' ? enc.encode(p) : p;
}

async function events(parts: (string | Uint8Array)[]): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const e of parseSse(from(parts))) out.push(e);
  return out;
}

const STREAM =
  ': keep-alive\n\nevent: message_start\ndata: {"a":"héllo 👋"}\n\ndata: line1\ndata: line2\n\ndata:nospace\n\ndata: [DONE]\n\n';
const EXPECTED: SseEvent[] = [
  { event: 'message_start', data: '{"a":"héllo 👋"}' },
  { event: 'message', data: 'line1\nline2' },
  { event: 'message', data: 'nospace' },
  { event: 'message', data: '[DONE]' },
];

describe('parseSse', () => {
  it('parses events, comments, multi-line data and named events', async () => {
    expect(await events([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events however the bytes are split (every byte boundary, mid UTF-8)', async () => {
    const bytes = new TextEncoder().encode(STREAM);
    expect(await events([...bytes].map((b) => new Uint8Array([b])))).toEqual(EXPECTED);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      expect(await events([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(EXPECTED);
    }
  });

  it('handles CRLF and lone CR line endings, including a CR at a chunk end', async () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    expect(await events([crlf])).toEqual(EXPECTED);
    const bytes = new TextEncoder().encode(crlf);
    expect(await events([...bytes].map((b) => new Uint8Array([b])))).toEqual(EXPECTED);
    expect(await events([STREAM.replace(/\n/g, '\r')])).toEqual(EXPECTED);
  });

  it('keeps a last event that lacks its blank line, and ignores a stream of comments', async () => {
    expect(await events(['data: x\n\ndata: tail'])).toEqual([
      { event: 'message', data: 'x' },
      { event: 'message', data: 'tail' },
    ]);
    expect(await events([': ping\n\n: ping\n\n'])).toEqual([]);
  });
});
