/** One server-sent event: its `event:` name (default `message`) and its `data:` lines joined by `\n`. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Parses a text/event-stream body (WHATWG HTML §9.2) from raw byte chunks. Robust to any chunk boundary:
 * inside a multi-byte UTF-8 character (streaming TextDecoder), inside a line, between `\r` and `\n`.
 *
 * @example
 * for await (const { event, data } of parseSse(response.chunks())) console.log(event, data);
 */
export async function* parseSse(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data = '';
  let hasData = false;
  const pending: SseEvent[] = [];

  const line = (text: string): void => {
    if (text === '') {
      if (hasData) pending.push({ event: event || 'message', data });
      event = '';
      data = '';
      hasData = false;
      return;
    }
    if (text.charCodeAt(0) === 58 /* ':' comment, e.g. keep-alive */) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
    } else if (field === 'event') {
      event = value;
    }
    // `id` and `retry` matter to reconnecting browsers, not to a proxy reading one response.
  };

  /** Consumes complete lines from `buffer`; a trailing `\r` waits, its `\n` may be in the next chunk. */
  const drain = (final: boolean): void => {
    let start = 0;
    const length = buffer.length;
    for (let i = 0; i < length; i++) {
      const c = buffer.charCodeAt(i);
      if (c === 10) {
        line(buffer.slice(start, i));
        start = i + 1;
      } else if (c === 13) {
        if (i + 1 === length && !final) break;
        line(buffer.slice(start, i));
        if (buffer.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    buffer = start === 0 ? buffer : buffer.slice(start);
    if (final && buffer !== '') {
      line(buffer);
      buffer = '';
    }
  };

  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    drain(false);
    for (let i = 0; i < pending.length; i++) yield pending[i] as SseEvent;
    pending.length = 0;
  }
  buffer += decoder.decode();
  drain(true);
  // A last event without its blank line (some servers end that way) still counts.
  line('');
  for (const e of pending) yield e;
}
