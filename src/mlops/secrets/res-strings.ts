import type { ExtractedString } from './extracted.js';

/**
 * String pools of Android binary resources: `resources.arsc` (ResTable) and compiled XML (AndroidManifest.xml,
 * res/**.xml). Values such as `<string name="api_key">…</string>` and manifest meta-data live in these pools.
 */
const RES_STRING_POOL = 0x0001;
const RES_TABLE = 0x0002;
const RES_XML = 0x0003;
const RES_TABLE_PACKAGE = 0x0200;
const UTF8_FLAG = 0x100;

export function isAndroidResource(head: Buffer): boolean {
  if (head.length < 8) return false;
  const type = head.readUInt16LE(0);
  const headerSize = head.readUInt16LE(2);
  return (type === RES_TABLE && headerSize === 12) || (type === RES_XML && headerSize === 8);
}

function readPool(buf: Buffer, start: number, out: ExtractedString[]): void {
  const headerSize = buf.readUInt16LE(start + 2);
  const size = buf.readUInt32LE(start + 4);
  const count = buf.readUInt32LE(start + 8);
  const flags = buf.readUInt32LE(start + 16);
  const stringsStart = start + buf.readUInt32LE(start + 20);
  const end = Math.min(buf.length, start + size);
  const utf8 = (flags & UTF8_FLAG) !== 0;
  for (let i = 0; i < count; i++) {
    const idx = start + headerSize + i * 4;
    if (idx + 4 > end) break;
    let p = stringsStart + buf.readUInt32LE(idx);
    if (p >= end) continue;
    if (utf8) {
      // u8 (or u16 with the high bit) UTF-16 length, then the same for the UTF-8 byte length.
      let n = buf[p++] as number;
      if (n & 0x80) p++;
      n = buf[p++] as number;
      if (n & 0x80) n = ((n & 0x7f) << 8) | (buf[p++] as number);
      out.push({ offset: p, text: buf.subarray(p, Math.min(p + n, end)).toString('utf8') });
    } else {
      let n = buf.readUInt16LE(p);
      p += 2;
      if (n & 0x8000) {
        n = ((n & 0x7fff) << 16) | buf.readUInt16LE(p);
        p += 2;
      }
      out.push({ offset: p, text: buf.subarray(p, Math.min(p + n * 2, end)).toString('utf16le') });
    }
  }
}

function walkChunks(buf: Buffer, start: number, end: number, out: ExtractedString[], depth: number): void {
  let p = start;
  while (p + 8 <= end && depth < 4) {
    const type = buf.readUInt16LE(p);
    const headerSize = buf.readUInt16LE(p + 2);
    const size = buf.readUInt32LE(p + 4);
    if (size < 8 || headerSize < 8 || p + size > end)
      throw new Error(`resource chunk at ${p} has a bad size (${size})`);
    if (type === RES_STRING_POOL) readPool(buf, p, out);
    else if (type === RES_TABLE_PACKAGE || type === RES_TABLE || type === RES_XML)
      walkChunks(buf, p + headerSize, p + size, out, depth + 1);
    p += size;
  }
}

export function androidResourceStrings(buf: Buffer): { strings: ExtractedString[]; error?: string } {
  const strings: ExtractedString[] = [];
  try {
    const headerSize = buf.readUInt16LE(2);
    const size = Math.min(buf.readUInt32LE(4), buf.length);
    walkChunks(buf, headerSize, size, strings, 0);
    return { strings };
  } catch (error) {
    return { strings, error: `binary resource: ${(error as Error).message}` };
  }
}
