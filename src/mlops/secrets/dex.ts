import type { ExtractedString } from './extracted.js';

function uleb128(buf: Buffer, pos: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let p = pos;
  for (let i = 0; i < 5 && p < buf.length; i++) {
    const b = buf[p++] as number;
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
  }
  return { value: value >>> 0, next: p };
}

export function isDex(head: Buffer): boolean {
  return head.length >= 8 && head.subarray(0, 4).toString('latin1') === 'dex\n';
}

/**
 * Every string of a DEX file's string table (string_ids → string_data_item: ULEB128 length, MUTF-8 bytes, NUL).
 * Hard-coded API keys in Android apps end up here, whatever the source language.
 */
export function dexStrings(buf: Buffer): { strings: ExtractedString[]; error?: string } {
  if (buf.length < 0x70) return { strings: [], error: 'DEX header truncated' };
  const count = buf.readUInt32LE(0x38);
  const idsOff = buf.readUInt32LE(0x3c);
  if (idsOff + count * 4 > buf.length)
    return { strings: [], error: `DEX string_ids (${count} at ${idsOff}) run past the end of the file` };
  const strings: ExtractedString[] = [];
  let bad = 0;
  for (let i = 0; i < count; i++) {
    const dataOff = buf.readUInt32LE(idsOff + i * 4);
    if (dataOff >= buf.length) {
      bad++;
      continue;
    }
    const { next } = uleb128(buf, dataOff);
    const end = buf.indexOf(0, next);
    if (end < 0) {
      bad++;
      continue;
    }
    // MUTF-8 equals UTF-8 for everything but NUL and supplementary characters; close enough to find secrets.
    strings.push({ offset: next, text: buf.subarray(next, end).toString('utf8') });
  }
  return bad ? { strings, error: `${bad} DEX string(s) point outside the file` } : { strings };
}
