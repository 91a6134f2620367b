import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BufferSource } from './byte-source.js';
import { openZipEntry, readZipDirectory } from './zip.js';

interface Member {
  name: string;
  data: Buffer;
  localName?: string;
  deflate?: boolean;
}

/** A minimal zip writer (stored or deflated), so each trick can be built byte by byte. */
function zip(members: Member[], prefix = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const body = m.deflate ? deflateRawSync(m.data) : m.data;
    const local = Buffer.alloc(30);
    const lname = Buffer.from(m.localName ?? m.name);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(m.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(m.data.length, 22);
    local.writeUInt16LE(lname.length, 26);
    const central = Buffer.alloc(46);
    const name = Buffer.from(m.name);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(m.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(m.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, lname, body);
    centrals.push(central, name);
    offset += 30 + lname.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(members.length, 8);
  eocd.writeUInt16LE(members.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([prefix, ...locals, cd, eocd]);
}

describe('zip reader', () => {
  it('reads stored and deflated members', () => {
    const buf = zip([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'b.txt', data: Buffer.from('x'.repeat(1000)), deflate: true },
    ]);
    const src = new BufferSource(buf);
    const dir = readZipDirectory(src);
    expect(dir.anomalies).toEqual([]);
    expect(dir.entries.map((e) => [e.name, openZipEntry(src, e).read(0, 1000).toString()])).toEqual([
      ['a.txt', 'hello'],
      ['b.txt', 'x'.repeat(1000)],
    ]);
  });

  it('reports name mismatches, duplicates, traversal and prefixed data (and still finds the members)', () => {
    const buf = zip(
      [
        { name: 'safe.txt', localName: 'evil.pkl', data: Buffer.from('1') },
        { name: 'dup', data: Buffer.from('2') },
        { name: 'dup', data: Buffer.from('3') },
        { name: '../../etc/cron.d/x', data: Buffer.from('4') },
      ],
      Buffer.from('PREFIX-BYTES'),
    );
    const src = new BufferSource(buf);
    const dir = readZipDirectory(src);
    expect(dir.anomalies.map((a) => a.rule).sort()).toEqual([
      'zip.duplicate-name',
      'zip.name-mismatch',
      'zip.path-traversal',
      'zip.prefixed-data',
    ]);
    expect(openZipEntry(src, dir.entries[3]!).read(0, 1).toString()).toBe('4');
  });

  it('fails clearly on truncation and on a member running past the end', () => {
    const buf = zip([{ name: 'a', data: Buffer.from('hello world') }]);
    expect(() => readZipDirectory(new BufferSource(buf.subarray(0, buf.length - 10)))).toThrow(
      /no end-of-central-directory/,
    );
    const lying = Buffer.from(buf);
    lying.writeUInt32LE(1 << 20, 30 + 1 + 11 + 20); // central directory: compressed size far beyond the file
    expect(() => readZipDirectory(new BufferSource(lying))).toThrow(/runs past the end of the file/);
  });
});
