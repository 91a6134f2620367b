import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../io/byte-source.js';
import { describeScanError, scanSource } from '../detect.js';
import type { ScanContext } from '../types.js';

const UNDEF = Buffer.alloc(8, 0xff);
const u8 = (...v: number[]) => Buffer.from(v);
const u16 = (v: number) => Buffer.from(Uint16Array.of(v).buffer);
const u32 = (v: number) => Buffer.from(Uint32Array.of(v).buffer);
const u64 = (v: number) => Buffer.from(BigUint64Array.of(BigInt(v)).buffer);

/**
 * An HDF5 file with a version 0 superblock, laid out as the HDF5 library writes one for h5py's defaults: the
 * superblock (its root symbol table entry caching the group's B-tree and heap), the root group's version 1 object
 * header with a symbol table message, a `payload` (where a Keras file keeps its attributes), the group's B-tree node
 * and its local heap. `eof` overrides the superblock's end-of-file address (a writer that never closed the file
 * leaves the one of its last flush).
 */
function hdf5v0(payload: Buffer, eof?: number): { bytes: Buffer; root: number; tree: number; heap: number } {
  const root = 96;
  const tree = root + 40 + payload.length;
  const heap = tree + 24 + 33 * 8 + 32 * 8;
  const body = Buffer.concat([
    u8(1, 0), u16(1), u32(1), u32(24), Buffer.alloc(4), // object header v1: 1 message of 24 bytes
    u16(0x11), u16(16), u8(0, 0, 0, 0), u64(tree), u64(heap), // symbol table message
    payload,
    Buffer.from('TREE'), u8(0, 0), u16(0), UNDEF, UNDEF, Buffer.alloc(33 * 8 + 32 * 8), // empty group B-tree node
    Buffer.from('HEAP'), u8(0, 0, 0, 0), u64(88), u64(8), u64(heap + 32), Buffer.alloc(88), // local heap + data
  ]); // prettier-ignore
  const superblock = Buffer.concat([
    Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'), u8(0, 0, 0, 0, 0, 8, 8, 0), u16(4), u16(16), u32(0),
    u64(0), UNDEF, u64(eof ?? root + body.length), UNDEF, // base, free space, end of file, driver info
    u64(0), u64(root), u32(1), u32(0), u64(tree), u64(heap), // root entry, cache type 1: B-tree and heap
  ]); // prettier-ignore
  return { bytes: Buffer.concat([superblock, body]), root, tree, heap };
}

/** Version 2 superblock and an "OHDR" root object header whose first chunk holds `chunk` bytes, then a checksum. */
function hdf5v2(chunk: number, options: { flags?: number; eof?: number } = {}): Buffer {
  const root = 48;
  const header = Buffer.concat([
    Buffer.from('OHDR'),
    u8(2, 0x02),
    u32(chunk),
    Buffer.alloc(chunk),
    Buffer.alloc(4),
  ]);
  const superblock = Buffer.concat([
    Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'), u8(2, 8, 8, options.flags ?? 0),
    u64(0), UNDEF, u64(options.eof ?? root + header.length), u64(root), Buffer.alloc(4),
  ]); // prettier-ignore
  return Buffer.concat([superblock, header]);
}

function scan(bytes: Buffer): string {
  const ctx: ScanContext = { location: 'model.h5', depth: 0, findings: [], errors: [] };
  try {
    return scanSource(new BufferSource(bytes), 'model.h5', ctx);
  } catch (error) {
    return describeScanError(error);
  }
}

describe('HDF5 root group structures', () => {
  it('scans whole files as clean HDF5', () => {
    expect(scan(hdf5v0(Buffer.alloc(64, 7)).bytes)).toBe('hdf5');
    expect(scan(hdf5v2(40))).toBe('hdf5');
  });

  it('reports a file cut after a stale end-of-file address as truncated, naming the structure it lost', () => {
    // The superblock says the data ends right after the root object header: a writer that never closed the file.
    const { bytes, tree, heap } = hdf5v0(Buffer.alloc(64, 7), 96 + 40);
    expect(scan(bytes)).toBe('hdf5');
    expect(scan(bytes.subarray(0, tree + 100))).toBe(
      `malformed: truncated at byte ${tree + 100}: the HDF5 root group local heap at byte ${heap} needs 32 bytes; the file has ${tree + 100}`,
    );
    expect(scan(bytes.subarray(0, tree + 2))).toMatch(/the HDF5 root group B-tree at byte \d+ needs 4 bytes/);
    expect(scan(bytes.subarray(0, heap + 40))).toMatch(
      /the HDF5 root group local heap data at byte \d+ needs 88/,
    );
    const early = hdf5v0(Buffer.alloc(64, 7), 96 + 16).bytes;
    expect(scan(early.subarray(0, 96 + 20))).toMatch(
      /root group object header messages at byte 112 needs 24 bytes/,
    );
    for (let n = 96 + 40; n < bytes.length; n++)
      expect(scan(bytes.subarray(0, n)), `cut at ${n}`).toMatch(/^malformed: truncated at byte/);
  });

  it('checks the first chunk of a version 2 object header the same way', () => {
    const whole = hdf5v2(40, { eof: 48 + 16 });
    expect(scan(whole)).toBe('hdf5');
    expect(scan(whole.subarray(0, 48 + 30))).toMatch(
      /root group object header \(first chunk and checksum\) at byte 48 needs 54 bytes; the file has 78/,
    );
  });

  it('refuses a file its writer never closed (consistency flags), and structures without their signatures', () => {
    expect(scan(hdf5v2(40, { flags: 1 }))).toMatch(/still marked open for writing .* may be incomplete/);
    const { bytes, tree } = hdf5v0(Buffer.alloc(8));
    bytes.write('XXXX', tree, 'latin1');
    expect(scan(bytes)).toMatch(/B-tree has no "TREE" signature/);
  });
});
