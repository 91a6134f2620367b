import { firstBadByte } from '../../core/utf8.js';

export { firstBadByte };

/** One line of a byte stream: its text, or where its first byte that is not UTF-8 is. */
export type Utf8Line = { text: string; badByte?: undefined } | { text?: undefined; badByte: number };

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte stream (stdin, a file), each decoded as strict UTF-8. readline decodes leniently: a byte that
 * is not UTF-8 silently becomes U+FFFD, so `scan --jsonl` scanned (and allowed) text that was not what was sent.
 * Here such a line is reported with the offset of its first bad byte, and the caller says so for that line.
 * Pieces of a long line are joined once, at its end (no quadratic copying).
 *
 * @example
 * for await (const line of utf8Lines(process.stdin)) if (line.text === undefined) reportBadLine(line.badByte);
 */
export async function* utf8Lines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<Utf8Line> {
  let pending: Buffer[] = [];
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(NEWLINE); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
      pending.push(bytes.subarray(start, nl));
      yield decodeLine(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending));
      pending = [];
      start = nl + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  const last = Buffer.concat(pending);
  if (last.length > 0) yield decodeLine(last);
}

function decodeLine(bytes: Buffer): Utf8Line {
  const line = bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(line) };
  } catch {
    return { badByte: firstBadByte(line) };
  }
}
