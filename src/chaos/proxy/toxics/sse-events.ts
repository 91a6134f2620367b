/**
 * Byte offsets just past each complete SSE event in `buf` (an event ends at a blank line; the
 * HTML spec allows LF, CR LF and CR line ends — CR-only streams are rare and not handled).
 * Works on bytes so multi-byte UTF-8 split across chunks is never decoded half-way.
 */
export function eventEnds(buf: Buffer): number[] {
  const ends: number[] = [];
  let newlines = 0;
  for (let i = 0; i < buf.length; i++) {
    const byte = buf[i];
    if (byte === 0x0a) {
      newlines++;
      if (newlines === 2) {
        ends.push(i + 1);
        newlines = 0;
      }
    } else if (byte !== 0x0d) newlines = 0;
  }
  return ends;
}

export function isEventStream(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().includes('text/event-stream');
}
