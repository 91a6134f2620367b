import { TruncatedError, type ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';
import { checkHdf5Root } from './hdf5-root.js';

export interface Hdf5Superblock {
  version: number;
  /** Where HDF5 data ends (base address + end-of-file address): bytes the library will read. */
  end: number;
  /** Absolute offset of the root group's object header. */
  root: number;
  /** Where HDF5 addresses count from (after a user block); every address in the file is relative to it. */
  base: number;
  /** Size of an address in bytes (2, 4 or 8). */
  offsetSize: number;
  /** Size of a length in bytes. */
  lengthSize: number;
  /** File consistency flags (v2/3): bit 0 is set while a writer has the file open. 0 for v0/1. */
  flags: number;
  /** v0/1 with a cached root symbol table entry (cache type 1): the root group's B-tree and local heap. */
  rootGroup?: { btree: number; heap: number };
}

/** Reads a little-endian unsigned address or length of `size` bytes (2, 4 or 8) at `at` of `buf`. */
export function hdf5Address(buf: Buffer, at: number, size: number): number {
  if (size === 2) return buf.readUInt16LE(at);
  if (size === 4) return buf.readUInt32LE(at);
  const v = buf.readBigUInt64LE(at);
  // The "undefined address" (all ones) and anything beyond 2^53 cannot be a real offset in a real file.
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(v);
}

/**
 * The superblock at offset 0 (versions 0-3 of the HDF5 file format specification, section II.A). Only the
 * fields that tell whether the file is whole: the end-of-file address and the root group's object header.
 * Without this a `.h5` cut anywhere (even after its 8-byte signature) scanned as clean: the config search
 * finds nothing in a truncated file, and nothing is exactly what a clean file yields too.
 */
export function readHdf5Superblock(source: ByteSource): Hdf5Superblock {
  const head = source.read(0, 128);
  const need = (n: number, what: string): void => {
    if (head.length < n) throw new TruncatedError(head.length, `needed ${n} bytes for the HDF5 ${what}`);
  };
  need(9, 'superblock version');
  const version = head[8] as number;
  let sizeAt: number;
  let fieldsAt: number;
  if (version === 0 || version === 1) {
    sizeAt = 13;
    fieldsAt = version === 0 ? 24 : 28;
  } else if (version === 2 || version === 3) {
    sizeAt = 9;
    fieldsAt = 12;
  } else throw new MalformedError(8, `unknown HDF5 superblock version ${version}`);
  need(sizeAt + 2, 'size of offsets and lengths');
  const o = head[sizeAt] as number;
  const lengthSize = head[sizeAt + 1] as number;
  if (o !== 2 && o !== 4 && o !== 8) {
    // 16- and 32-byte addresses are allowed by the specification and written by no library in use.
    throw new MalformedError(sizeAt, `HDF5 size of offsets ${o} is not 2, 4 or 8`);
  }
  // v0/1: base, free-space, end-of-file, driver block, then the root symbol table entry (name offset, header);
  // v2/3: base, superblock extension, end-of-file, root object header, checksum.
  const rootAt = version <= 1 ? fieldsAt + 5 * o : fieldsAt + 3 * o;
  need(rootAt + o + (version <= 1 ? 24 : 4), 'superblock');
  const base = hdf5Address(head, fieldsAt, o);
  const end = base + hdf5Address(head, fieldsAt + 2 * o, o);
  const root = base + hdf5Address(head, rootAt, o);
  const flags = version >= 2 ? (head[11] as number) : 0;
  const sb: Hdf5Superblock = { version, end, root, base, offsetSize: o, lengthSize, flags };
  if (version <= 1 && head.readUInt32LE(rootAt + o) === 1)
    sb.rootGroup = {
      btree: base + hdf5Address(head, rootAt + o + 8, o),
      heap: base + hdf5Address(head, rootAt + 2 * o + 8, o),
    };
  return sb;
}

/**
 * Throws when the file ends before the data its superblock describes, its root group lies outside it, or the
 * root group's own structures (checkHdf5Root) run past the end of the file.
 */
export function checkHdf5Whole(source: ByteSource): void {
  const sb = readHdf5Superblock(source);
  // A writer sets this bit when it opens the file and clears it on close (HDF5 1.10+, superblock v2/3): still set,
  // the writer died or is still writing, and the end-of-file address is that of its last flush, not of the data.
  if (sb.flags & 1)
    throw new MalformedError(
      11,
      'HDF5 file is still marked open for writing (file consistency flags): its writer never closed it, so it may be incomplete',
    );
  if (!Number.isFinite(sb.end))
    throw new MalformedError(0, 'HDF5 end-of-file address is undefined or absurdly large');
  if (sb.end > source.size) {
    throw new TruncatedError(
      source.size,
      `the HDF5 superblock says the data ends at byte ${sb.end}; the file has ${source.size} bytes`,
    );
  }
  if (!(sb.root < sb.end))
    throw new MalformedError(
      0,
      `HDF5 root group header at ${sb.root} lies outside the data (ends at ${sb.end})`,
    );
  checkHdf5Root(source, sb);
}
