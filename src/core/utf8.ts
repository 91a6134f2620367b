import { isUtf8 } from 'node:buffer';

/**
 * Offset of the first byte that starts no valid UTF-8 character (RFC 3629: no overlong forms, no surrogates, at
 * most U+10FFFF), or `bytes.length` when there is none.
 */
export function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    const lo = (b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80) as number;
    const hi = (b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf) as number;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += size;
  }
  return bytes.length;
}

/** The first byte of a whole buffer that is not UTF-8, with its line and offsets; undefined when it is all UTF-8. */
export function locateBadUtf8(bytes: Buffer): BadUtf8 | undefined {
  if (isUtf8(bytes)) return undefined;
  const offset = firstBadByte(bytes);
  const before = bytes.subarray(0, offset);
  let line = 1;
  for (let i = before.indexOf(NEWLINE); i !== -1; i = before.indexOf(NEWLINE, i + 1)) line++;
  return { line, lineOffset: offset - (before.lastIndexOf(NEWLINE) + 1), offset, byte: bytes[offset] ?? 0 };
}

/** Where a byte that is not UTF-8 sits: its 1-based line, its offset in that line and in the whole input. */
export interface BadUtf8 {
  line: number;
  lineOffset: number;
  offset: number;
  /** The offending byte's value (0xff 0xfe at offset 0 is a UTF-16 byte-order mark, 0xe9 a Latin-1 é, …). */
  byte: number;
}

const NEWLINE = 0x0a;

/** Where a character cut by the end of `buf` starts (to carry it to the next chunk); `buf.length` when none is. */
function incompleteTail(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 3); i--) {
    const b = buf[i] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return buf.length - i < need ? i : buf.length;
  }
  return buf.length;
}

/**
 * Decodes a byte stream as UTF-8 chunk by chunk and reports the first byte that is not UTF-8 on each line
 * (`onBad`), instead of turning it silently into U+FFFD as `createReadStream(path, 'utf8')` and readline do:
 * a Latin-1 or UTF-16 file then looked clean to a scan that saw replacement characters where the data was.
 * The text is still yielded (bad bytes as U+FFFD) so the rest of such a line can be scanned. Valid chunks take
 * one `isUtf8` pass (native); only a chunk that fails is walked line by line.
 *
 * @example
 * for await (const text of decodeUtf8Checked(createReadStream(path), (bad) => problems.push(bad))) parser.push(text);
 */
export async function* decodeUtf8Checked(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  onBad: (bad: BadUtf8) => void,
): AsyncGenerator<string> {
  let carry: Buffer | undefined;
  let line = 1;
  let lineStart = 0; // offset in the input of the current line's first byte
  let base = 0; // offset in the input of the current body's first byte
  let reported = 0; // the last line reported: a line split across chunks is reported once
  const walk = (body: Buffer, valid: boolean): void => {
    let start = 0;
    for (;;) {
      const nl = body.indexOf(NEWLINE, start);
      const end = nl === -1 ? body.length : nl;
      if (!valid) {
        const segment = body.subarray(start, end);
        const bad = isUtf8(segment) ? segment.length : firstBadByte(segment);
        if (bad < segment.length && line !== reported) {
          reported = line;
          const offset = base + start + bad;
          onBad({ line, lineOffset: offset - lineStart, offset, byte: segment[bad] as number });
        }
      }
      if (nl === -1) break;
      line++;
      lineStart = base + nl + 1;
      start = nl + 1;
    }
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const buf = carry ? Buffer.concat([carry, bytes]) : bytes;
    const cut = incompleteTail(buf);
    const body = buf.subarray(0, cut);
    carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
    if (body.length === 0) continue;
    walk(body, isUtf8(body));
    // A byte-order mark is not text (editors on Windows write one): JSON.parse would fail on line 1 for it.
    yield base === 0 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf
      ? body.toString('utf8', 3)
      : body.toString('utf8');
    base += body.length;
  }
  if (carry) {
    // The input ended inside a character.
    walk(carry, false);
    yield carry.toString('utf8');
  }
}

/** A short description of a bad byte for a problem line: the byte, where it is, and a hint for common cases. */
export function describeBadUtf8(bad: BadUtf8): string {
  const hex = `0x${bad.byte.toString(16).padStart(2, '0')}`;
  const hint =
    bad.offset <= 1 && (bad.byte === 0xff || bad.byte === 0xfe)
      ? '; the file looks like UTF-16: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)'
      : '';
  return `not UTF-8: byte ${hex} at offset ${bad.lineOffset} of the line (offset ${bad.offset} of the file)${hint}`;
}
