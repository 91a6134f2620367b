import { inflateRawSync } from 'node:zlib';
import { BufferSource, type ByteSource } from './byte-source.js';

/**
 * A ZIP reader over a ByteSource that trusts nothing: it reads the central directory, cross-checks every local
 * header, and reports the tricks used to smuggle content past scanners (names that differ between the central
 * directory and the local header, duplicates, overlapping members, path traversal, data before the first member).
 */
export interface ZipEntry {
  name: string;
  localName: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
  dataOffset: number;
}

export interface ZipAnomaly {
  rule: string;
  message: string;
  severity: 'high' | 'medium' | 'low';
}

export interface ZipDirectory {
  entries: ZipEntry[];
  anomalies: ZipAnomaly[];
  /** Bytes before the first member: a file can be a valid pickle AND a valid zip (polyglot). */
  prefixBytes: number;
}

export class ZipError extends Error {
  override name = 'ZipError';
}

const EOCD = 0x06054b50;

export function isZip(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
}

/** Finds the end-of-central-directory record; -1 when absent. */
export function findEocd(source: ByteSource): number {
  const tailLen = Math.min(source.size, 65535 + 22);
  const tail = source.read(source.size - tailLen, tailLen);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) return source.size - tailLen + i;
  }
  return -1;
}

export function readZipDirectory(source: ByteSource): ZipDirectory {
  const eocd = findEocd(source);
  if (eocd < 0) throw new ZipError('no end-of-central-directory record (truncated or not a zip)');
  const e = source.read(eocd, 22);
  let count = e.readUInt16LE(10);
  let cdSize = e.readUInt32LE(12);
  let cdOffset = e.readUInt32LE(16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = source.read(eocd - 20, 20);
    if (loc.length === 20 && loc.readUInt32LE(0) === 0x07064b50) {
      const z = source.read(Number(loc.readBigUInt64LE(8)), 56);
      if (z.length < 56 || z.readUInt32LE(0) !== 0x06064b50)
        throw new ZipError('bad zip64 end-of-central-directory record');
      count = Number(z.readBigUInt64LE(32));
      cdSize = Number(z.readBigUInt64LE(40));
      cdOffset = Number(z.readBigUInt64LE(48));
    }
  }
  // Data prepended to a zip (self-extractors, polyglots) shifts every offset; zipfile and unzip correct for it.
  const shift = eocd - (cdOffset + cdSize);
  if (shift > 0 && count !== 0xffff) cdOffset += shift;
  if (cdOffset + cdSize > source.size)
    throw new ZipError(
      `central directory (offset ${cdOffset}, ${cdSize} bytes) lies beyond the end of the file`,
    );
  const cd = source.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const anomalies: ZipAnomaly[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
      throw new ZipError(`central directory entry ${i} is malformed`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const rawOffset = cd.readUInt32LE(p + 42);
    let headerOffset = rawOffset + Math.max(shift, 0);
    const name = cd.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    // zip64 extra field: the 0xFFFFFFFF fields, in order, are stored as u64 here.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (rawOffset === 0xffffffff) headerOffset = Number(cd.readBigUInt64LE(q)) + Math.max(shift, 0);
      }
      x += 4 + len;
    }
    p += 46 + nameLen + extraLen + commentLen;
    const local = source.read(headerOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) {
      throw new ZipError(`member "${name}": local header at ${headerOffset} is missing`);
    }
    const lNameLen = local.readUInt16LE(26);
    const lExtraLen = local.readUInt16LE(28);
    const localName = source.read(headerOffset + 30, lNameLen).toString('utf8');
    const dataOffset = headerOffset + 30 + lNameLen + lExtraLen;
    if (dataOffset + compressedSize > source.size) {
      throw new ZipError(`member "${name}": data runs past the end of the file (truncated)`);
    }
    entries.push({ name, localName, method, flags, compressedSize, size, headerOffset, dataOffset });
  }
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.localName !== entry.name) {
      anomalies.push({
        rule: 'zip.name-mismatch',
        severity: 'high',
        message: `central directory says "${entry.name}" but the local header says "${entry.localName}" (parsers disagree on which file this is)`,
      });
    }
    if (names.has(entry.name))
      anomalies.push({
        rule: 'zip.duplicate-name',
        severity: 'high',
        message: `"${entry.name}" appears twice (a loader may pick the one the scanner did not)`,
      });
    names.add(entry.name);
    if (
      entry.name.startsWith('/') ||
      /(^|[\\/])\.\.([\\/]|$)/.test(entry.name) ||
      /^[A-Za-z]:/.test(entry.name)
    ) {
      anomalies.push({
        rule: 'zip.path-traversal',
        severity: 'high',
        message: `"${entry.name}" escapes the extraction folder`,
      });
    }
    if (entry.flags & 1)
      anomalies.push({
        rule: 'zip.encrypted',
        severity: 'medium',
        message: `"${entry.name}" is encrypted and cannot be scanned`,
      });
    if (
      entry.size > 0 &&
      entry.compressedSize > 0 &&
      entry.size / entry.compressedSize > 200 &&
      entry.size > 100 << 20
    ) {
      anomalies.push({
        rule: 'zip.bomb',
        severity: 'medium',
        message: `"${entry.name}" expands ${Math.round(entry.size / entry.compressedSize)}× to ${entry.size} bytes`,
      });
    }
  }
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as ZipEntry;
    const cur = sorted[i] as ZipEntry;
    if (cur.headerOffset < prev.dataOffset + prev.compressedSize) {
      anomalies.push({
        rule: 'zip.overlap',
        severity: 'high',
        message: `members "${prev.name}" and "${cur.name}" overlap`,
      });
    }
  }
  const prefixBytes = sorted[0]?.headerOffset ?? 0;
  if (prefixBytes > 0) {
    anomalies.push({
      rule: 'zip.prefixed-data',
      severity: 'medium',
      message: `${prefixBytes} bytes precede the first member (polyglot file?)`,
    });
  }
  return { entries, anomalies, prefixBytes };
}

/** A member's bytes: stored members are a zero-copy slice; deflated ones are inflated up to `maxBytes`. */
export function openZipEntry(source: ByteSource, entry: ZipEntry, maxBytes = 1 << 30): ByteSource {
  if (entry.flags & 1) throw new ZipError(`"${entry.name}" is encrypted`);
  if (entry.method === 0) return source.slice(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 8) {
    const raw = source.read(entry.dataOffset, entry.compressedSize);
    try {
      return new BufferSource(inflateRawSync(raw, { maxOutputLength: maxBytes }));
    } catch (error) {
      throw new ZipError(`"${entry.name}": cannot inflate (${(error as Error).message})`);
    }
  }
  throw new ZipError(`"${entry.name}": unsupported compression method ${entry.method}`);
}
