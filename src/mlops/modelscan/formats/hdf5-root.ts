import { TruncatedError, type ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';
import { hdf5Address, type Hdf5Superblock } from './hdf5-superblock.js';

/** Object header message type of a symbol table (an old-style group: its B-tree and local heap). */
const SYMBOL_TABLE = 0x11;

/**
 * The superblock's end-of-file address says where the data ends only if the writer updated it: one that crashed
 * leaves the address of its last flush, and a copy cut after that address still passes the end-of-file check. So the
 * root group's own structures must be in the file too (HDF5 file format specification, sections III.A and IV.A):
 * its object header (version 1, or "OHDR" version 2, with the whole first chunk), and for an old-style group the
 * B-tree ("TREE") and local heap ("HEAP", with its data segment) it names. Only structure sizes and signatures are
 * read; no data is interpreted.
 */
export function checkHdf5Root(source: ByteSource, sb: Hdf5Superblock): void {
  const o = sb.offsetSize;
  const l = sb.lengthSize;
  const within = (at: number, n: number, what: string): Buffer => {
    if (at + n > source.size)
      throw new TruncatedError(
        source.size,
        `the HDF5 ${what} at byte ${at} needs ${n} bytes; the file has ${source.size}`,
      );
    return source.read(at, n);
  };
  const address = (buf: Buffer, at: number): number => sb.base + hdf5Address(buf, at, o);
  const groups: { btree: number; heap: number }[] = sb.rootGroup ? [sb.rootGroup] : [];

  const prefix = within(sb.root, 16, 'root group object header');
  if (prefix.subarray(0, 4).toString('latin1') === 'OHDR') {
    if (prefix[4] !== 2)
      throw new MalformedError(sb.root, `HDF5 object header version ${prefix[4]} after "OHDR"`);
    const flags = prefix[5] as number;
    const sizeBytes = 1 << (flags & 3);
    // Signature, version, flags, four times (bit 5), two attribute phase-change counts (bit 4), chunk 0 size.
    const sizeAt = 6 + (flags & 0x20 ? 16 : 0) + (flags & 0x10 ? 4 : 0);
    const head = within(sb.root, sizeAt + sizeBytes, 'root group object header');
    const chunk = sizeBytes === 8 ? Number(head.readBigUInt64LE(sizeAt)) : head.readUIntLE(sizeAt, sizeBytes);
    within(sb.root, sizeAt + sizeBytes + chunk + 4, 'root group object header (first chunk and checksum)');
  } else {
    if (prefix[0] !== 1)
      throw new MalformedError(sb.root, `HDF5 object header version ${prefix[0]} (expected 1)`);
    const size = prefix.readUInt32LE(8);
    const messages = within(sb.root + 16, size, 'root group object header messages');
    // Messages: type (2), size (2), flags (1), reserved (3), then the data, each a multiple of 8 bytes.
    for (let at = 0; at + 8 <= messages.length;) {
      const type = messages.readUInt16LE(at);
      const bytes = messages.readUInt16LE(at + 2);
      if (type === SYMBOL_TABLE && at + 8 + 2 * o <= messages.length)
        groups.push({ btree: address(messages, at + 8), heap: address(messages, at + 8 + o) });
      at += 8 + bytes;
    }
  }
  for (const { btree, heap } of groups) {
    if (within(btree, 4, 'root group B-tree').toString('latin1') !== 'TREE')
      throw new MalformedError(btree, 'the HDF5 root group B-tree has no "TREE" signature');
    const h = within(heap, 8 + 2 * l + o, 'root group local heap');
    if (h.subarray(0, 4).toString('latin1') !== 'HEAP')
      throw new MalformedError(heap, 'the HDF5 root group local heap has no "HEAP" signature');
    within(address(h, 8 + 2 * l), hdf5Address(h, 8, l), 'root group local heap data');
  }
}
