import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../io/byte-source.js';
import { judgeGlobal } from '../safe-globals.js';
import type { ScanContext } from '../types.js';
import { scanNpy } from './numpy.js';

function npy(descr: string, shape: string, data: Buffer): Buffer {
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const len = Buffer.alloc(2);
  len.writeUInt16LE(header.length);
  return Buffer.concat([
    Buffer.from('\x93NUMPY\x01\x00', 'latin1'),
    len,
    Buffer.from(header, 'latin1'),
    data,
  ]);
}

const scan = (buf: Buffer) => {
  const ctx: ScanContext = { location: 'a.npy', depth: 0, findings: [], errors: [] };
  scanNpy(new BufferSource(buf), ctx);
  return ctx.findings.map((f) => `${f.severity} ${f.rule}`);
};

describe('npy', () => {
  it("treats '|O', 'O' and Python 2's '|O8' as object arrays and walks their pickle", () => {
    const safe = Buffer.from('\x80\x02]q\x00.', 'latin1'); // an empty list
    for (const d of ['|O', 'O', '|O8'])
      expect(scan(npy(d, '(1,)', safe))).toEqual(['medium numpy.object-array']);
    const evil = Buffer.from('\x80\x02cposix\nsystem\nX\x02\x00\x00\x00id\x85R.', 'latin1');
    expect(scan(npy('|O8', '(1,)', evil))).toEqual([
      'medium numpy.object-array',
      'critical pickle.unsafe-global',
    ]);
  });

  it('accepts plain arrays and reports truncated data', () => {
    expect(scan(npy('<f4', '(2, 2)', Buffer.alloc(16)))).toEqual([]);
    expect(() => scan(npy('<f4', '(2, 2)', Buffer.alloc(8)))).toThrow(
      /npy data truncated: needs 16 bytes, has 8/,
    );
  });
});

describe('allow-list details found on real files', () => {
  it('allows scipy.sparse matrices, Python 2 xrange and old numpy _reconstruct, but not their neighbours', () => {
    expect(judgeGlobal('scipy.sparse._coo', 'coo_matrix').safe).toBe(true);
    expect(judgeGlobal('scipy.sparse', 'csr_array').safe).toBe(true);
    expect(judgeGlobal('__builtin__', 'xrange').safe).toBe(true);
    expect(judgeGlobal('numpy.core._internal', '_reconstruct').safe).toBe(true);
    expect(judgeGlobal('scipy.sparse', 'load_npz').safe).toBe(false);
    expect(judgeGlobal('__builtin__', 'eval').severity).toBe('critical');
  });
});
