import { isUtf8 } from 'node:buffer';

/** Where a buffer stops being UTF-8, for a message a user can act on. */
export interface Utf8Error {
  /** Byte offset of the first byte that does not start a valid UTF-8 sequence (or starts a truncated one). */
  offset: number;
  /** 1-based line of that byte (line breaks counted up to it). */
  line: number;
  /** The offending byte. */
  byte: number;
}

/** Length of the valid UTF-8 sequence starting at `i` (RFC 3629: no overlongs, surrogates or > U+10FFFF), or 0. */
function sequenceAt(b: Uint8Array, i: number): number {
  const lead = b[i] as number;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > b.length) return 0;
  const second = b[i + 1] as number;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = b[i + k] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * Null when `bytes` is valid UTF-8, else where it first is not. Decoding invalid bytes would silently turn them into
 * U+FFFD (a Latin-1 "é" becomes "�"), indexing text that is not what the file says. The check is node's native
 * validator (GB/s); the byte-by-byte walk only runs to locate the error in a file that failed it.
 *
 * @example
 * findInvalidUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // → { offset: 3, line: 1, byte: 0xe9 }
 */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Error | null {
  if (isUtf8(bytes)) return null;
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const length = sequenceAt(bytes, i);
    if (length === 0) return { offset: i, line, byte: bytes[i] as number };
    if (bytes[i] === 0x0a) line++;
    i += length;
  }
  // isUtf8 and the walk follow the same rules; unreachable unless they disagree, then say so rather than guess.
  return { offset: bytes.length, line, byte: 0 };
}

/** The per-file reason `docs ingest` reports for a text file that is not UTF-8. */
export function describeInvalidUtf8(bytes: Uint8Array, error: Utf8Error): string {
  const hex = `0x${error.byte.toString(16).padStart(2, '0').toUpperCase()}`;
  const bom =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
      ? ' (it starts with a UTF-16 byte-order mark)'
      : '';
  return (
    `not UTF-8${bom}: byte ${hex} at offset ${error.offset} (line ${error.line}) is not valid UTF-8; ` +
    `convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) and ingest it again`
  );
}
