/** One server-sent event: its `event:` name (default `message`) and its `data:` lines joined by `\n`. */
export interface SseEvent {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds raw bytes; complete events are appended to `out`. */
  push(chunk: Uint8Array, out: SseEvent[]): void;
  /** End of body: flushes a last event that lacks its blank line (some servers end that way). */
  end(out: SseEvent[]): void;
}

/**
 * A push parser for text/event-stream (WHATWG HTML §9.2), robust to any chunk boundary: inside a multi-byte
 * UTF-8 character (streaming TextDecoder), inside a line, between `\r` and `\n`. Push style, so an adapter reads
 * the socket and parses in one loop instead of stacking async generators.
 */
export function createSseParser(): SseParser {
  let tail: Buffer | undefined; // an incomplete UTF-8 sequence held for the next chunk
  let buffer = '';
  let event = '';
  let data = '';
  let hasData = false;

  const line = (text: string, out: SseEvent[]): void => {
    if (text === '') {
      if (hasData) out.push({ event: event || 'message', data });
      event = '';
      data = '';
      hasData = false;
      return;
    }
    let value: string;
    if (text.startsWith('data:')) {
      // The hot path: nearly every line of a model stream.
      value = text.charCodeAt(5) === 32 ? text.slice(6) : text.slice(5);
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
      return;
    }
    if (text.charCodeAt(0) === 58 /* ':' comment, e.g. keep-alive */) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
    } else if (field === 'event') {
      event = value;
    }
    // `id` and `retry` matter to reconnecting browsers, not to a proxy reading one response.
  };

  /** Consumes complete lines; a trailing `\r` waits, its `\n` may be in the next chunk. */
  const drain = (final: boolean, out: SseEvent[]): void => {
    let start = 0;
    if (buffer.indexOf('\r') < 0) {
      // Fast path (\n only, what OpenAI, Anthropic, vLLM and Ollama send): native indexOf per line.
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', start)) {
        line(buffer.slice(start, nl), out);
        start = nl + 1;
      }
    } else {
      const length = buffer.length;
      for (let i = 0; i < length; i++) {
        const c = buffer.charCodeAt(i);
        if (c === 10) {
          line(buffer.slice(start, i), out);
          start = i + 1;
        } else if (c === 13) {
          if (i + 1 === length && !final) break;
          line(buffer.slice(start, i), out);
          if (buffer.charCodeAt(i + 1) === 10) i++;
          start = i + 1;
        }
      }
    }
    buffer = start === 0 ? buffer : buffer.slice(start);
    if (final && buffer !== '') {
      line(buffer, out);
      buffer = '';
    }
  };

  return {
    push(chunk, out) {
      let bytes = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (tail) {
        bytes = Buffer.concat([tail, bytes]);
        tail = undefined;
      }
      // Buffer#toString is an order of magnitude faster than a streaming TextDecoder; hold back a
      // multi-byte character cut by the chunk boundary instead.
      const cut = completeUtf8Length(bytes);
      if (cut < bytes.length) tail = Buffer.from(bytes.subarray(cut));
      buffer += bytes.toString('utf8', 0, cut);
      drain(false, out);
    },
    end(out) {
      if (tail) {
        buffer += tail.toString('utf8'); // a truncated character becomes U+FFFD, as a decoder would
        tail = undefined;
      }
      drain(true, out);
      line('', out);
    },
  };
}

/** Length of the longest prefix of `bytes` that ends on a UTF-8 character boundary. */
function completeUtf8Length(bytes: Buffer): number {
  const n = bytes.length;
  // Walk back over at most 3 continuation bytes (10xxxxxx) to the lead byte of the last character.
  for (let i = n - 1, seen = 1; i >= 0 && seen <= 4; i--, seen++) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return seen >= need ? n : i;
  }
  return n;
}

/**
 * Parses an event stream from byte chunks (convenience over `createSseParser`).
 *
 * @example
 * for await (const { event, data } of parseSse(response.body)) console.log(event, data);
 */
export async function* parseSse(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const parser = createSseParser();
  const events: SseEvent[] = [];
  for await (const chunk of chunks) {
    parser.push(chunk, events);
    for (let i = 0; i < events.length; i++) yield events[i] as SseEvent;
    events.length = 0;
  }
  parser.end(events);
  yield* events;
}
