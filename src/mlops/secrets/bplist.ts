import type { ExtractedString } from './extracted.js';

export function isBinaryPlist(head: Buffer): boolean {
  return head.subarray(0, 8).toString('latin1') === 'bplist00';
}

/**
 * Strings of a binary property list (Info.plist, GoogleService-Info.plist, …). Dictionary entries come out as
 * `KEY: "value"` so context rules (`API_KEY: "…"`) work as they do on source code.
 */
export function bplistStrings(buf: Buffer): { strings: ExtractedString[]; error?: string } {
  if (buf.length < 40) return { strings: [], error: 'binary plist truncated' };
  const t = buf.length - 32;
  const offSize = buf[t + 6] as number;
  const refSize = buf[t + 7] as number;
  const numObjects = Number(buf.readBigUInt64BE(t + 8));
  const tableOff = Number(buf.readBigUInt64BE(t + 24));
  if (offSize < 1 || offSize > 8 || refSize < 1 || refSize > 8 || tableOff + numObjects * offSize > t) {
    return { strings: [], error: 'binary plist trailer is inconsistent' };
  }
  const uint = (p: number, n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + (buf[p + i] as number);
    return v;
  };
  const offsetOf = (ref: number) => uint(tableOff + ref * offSize, offSize);
  const lengthAt = (p: number): { len: number; next: number } => {
    const low = (buf[p] as number) & 0x0f;
    if (low !== 0x0f) return { len: low, next: p + 1 };
    const intMarker = buf[p + 1] as number;
    const n = 1 << (intMarker & 0x0f);
    return { len: uint(p + 2, n), next: p + 2 + n };
  };
  const stringAt = (ref: number): { text: string; offset: number } | undefined => {
    if (ref >= numObjects) return undefined;
    const p = offsetOf(ref);
    const marker = (buf[p] as number) >> 4;
    if (marker !== 0x5 && marker !== 0x6) return undefined;
    const { len, next } = lengthAt(p);
    if (marker === 0x5) return { text: buf.subarray(next, next + len).toString('latin1'), offset: next };
    const chars: number[] = [];
    for (let i = 0; i < len; i++) chars.push(buf.readUInt16BE(next + i * 2));
    return { text: String.fromCharCode(...chars), offset: next };
  };
  const strings: ExtractedString[] = [];
  const inDict = new Set<number>();
  for (let ref = 0; ref < numObjects; ref++) {
    const p = offsetOf(ref);
    if (p >= t) continue;
    if ((buf[p] as number) >> 4 !== 0xd) continue;
    const { len, next } = lengthAt(p);
    for (let i = 0; i < len; i++) {
      const k = uint(next + i * refSize, refSize);
      const v = uint(next + (len + i) * refSize, refSize);
      const key = stringAt(k);
      const value = stringAt(v);
      if (key && value) {
        strings.push({ offset: value.offset, text: `${key.text}: "${value.text}"` });
        inDict.add(v);
      }
    }
  }
  for (let ref = 0; ref < numObjects; ref++) {
    if (inDict.has(ref)) continue;
    const s = stringAt(ref);
    if (s) strings.push({ offset: s.offset, text: s.text });
  }
  return { strings };
}
