import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../io/byte-source.js';
import type { ScanContext } from '../types.js';
import { scanSafetensors } from './safetensors.js';

function file(header: unknown, dataBytes: number): Buffer {
  const h = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return Buffer.concat([len, h, Buffer.alloc(dataBytes)]);
}

const rules = (buf: Buffer) => {
  const ctx: ScanContext = { location: 'm', depth: 0, findings: [], errors: [] };
  scanSafetensors(new BufferSource(buf), ctx);
  return ctx.findings.map((f) => f.rule);
};

describe('safetensors checks', () => {
  it('accepts a well-formed file', () => {
    expect(
      rules(file({ a: { dtype: 'BF16', shape: [2, 2], data_offsets: [0, 8] }, __metadata__: { k: 'v' } }, 8)),
    ).toEqual([]);
  });

  it('flags overlap, out-of-range offsets, size mismatch, unknown dtype, holes and trailing bytes', () => {
    expect(
      rules(
        file(
          {
            a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
            b: { dtype: 'F32', shape: [2], data_offsets: [4, 12] },
          },
          12,
        ),
      ),
    ).toContain('safetensors.overlap');
    // The dropped tensor also leaves its bytes unindexed.
    expect(rules(file({ a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }, 8))).toEqual([
      'safetensors.out-of-range',
      'safetensors.trailing',
    ]);
    expect(rules(file({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 4] } }, 4))).toEqual([
      'safetensors.size-mismatch',
    ]);
    expect(rules(file({ a: { dtype: 'OBJ', shape: [1], data_offsets: [0, 4] } }, 4))).toEqual([
      'safetensors.dtype',
    ]);
    expect(rules(file({ a: { dtype: 'U8', shape: [1], data_offsets: [3, 4] } }, 4))).toEqual([
      'safetensors.hole',
    ]);
    expect(rules(file({ a: { dtype: 'U8', shape: [1], data_offsets: [0, 1] } }, 9))).toEqual([
      'safetensors.trailing',
    ]);
  });

  it('throws on a header longer than the file or not JSON', () => {
    const big = Buffer.alloc(16);
    big.writeBigUInt64LE(1000n);
    expect(() => rules(big)).toThrow(/runs past the end of the file/);
    const bad = Buffer.concat([Buffer.from([3, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{x}')]);
    expect(() => rules(bad)).toThrow(/not JSON/);
  });
});
