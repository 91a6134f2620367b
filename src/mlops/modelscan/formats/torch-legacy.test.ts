import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../io/byte-source.js';
import { describeScanError, scanSource } from '../detect.js';
import type { ScanContext } from '../types.js';

/*
 * A legacy torch.save stream (`torch.save(sd, f, _use_new_zipfile_serialization=False)`), byte for byte as
 * torch/serialization.py _legacy_save writes it with pickle protocol 2: the magic number, the protocol version,
 * sys_info, the state dict whose tensors name their storages by persistent id, the sorted storage keys, then each
 * storage as an int64 element count and its elements.
 */
const op = (...bytes: number[]) => Buffer.from(bytes);
const str = (s: string) => {
  const b = Buffer.from(s);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(b.length);
  return Buffer.concat([op(0x58), len, b]); // BINUNICODE
};
const global = (module: string, name: string) => Buffer.from(`c${module}\n${name}\n`);
const pickle = (...parts: Buffer[]) => Buffer.concat([op(0x80, 0x02), ...parts, op(0x2e)]);

/** `_rebuild_tensor_v2(persistent ('storage', <type>, key, 'cpu', numel), 0, (numel,), (1,), False, OrderedDict())` */
function tensor(type: string, key: string, numel: number): Buffer {
  return Buffer.concat([
    global('torch._utils', '_rebuild_tensor_v2'),
    op(0x28), // MARK (the arguments)
    op(0x28), // MARK (the persistent id)
    str('storage'),
    global('torch', type),
    str(key),
    str('cpu'),
    op(0x4b, numel, 0x74, 0x51), // BININT1 numel, TUPLE, BINPERSID
    op(0x4b, 0x00, 0x4b, numel, 0x85, 0x4b, 0x01, 0x85, 0x89), // offset 0, (numel,), (1,), False
    global('collections', 'OrderedDict'),
    op(0x29, 0x52, 0x74, 0x52), // () REDUCE, TUPLE, REDUCE
  ]);
}

function storage(count: number, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeBigInt64LE(BigInt(count));
  return Buffer.concat([head, data]);
}

const floats = Buffer.alloc(16);
[0.5, -1.25, 3, 7.75].forEach((v, i) => floats.writeFloatLE(v, i * 4));
const longs = Buffer.alloc(24);
[11n, 12n, 13n].forEach((v, i) => longs.writeBigInt64LE(v, i * 8));
const pickles = Buffer.concat([
  pickle(op(0x8a, 0x0a), Buffer.from('6cfc9c46f9206aa85019', 'hex')), // LONG1 0x1950a86a20f9469cfc6c
  pickle(op(0x4d, 0xe9, 0x03)), // 1001
  pickle(op(0x7d, 0x28), str('protocol_version'), op(0x4d, 0xe9, 0x03), str('little_endian'), op(0x88, 0x75)),
  pickle(
    global('collections', 'OrderedDict'),
    op(0x29, 0x52, 0x28), // OrderedDict(), MARK
    str('weight'),
    tensor('FloatStorage', '0', 4),
    str('steps'),
    tensor('LongStorage', '1', 3),
    op(0x75), // SETITEMS
  ),
  pickle(op(0x5d, 0x28), str('0'), str('1'), op(0x65)), // ['0', '1']
]);
const whole = Buffer.concat([pickles, storage(4, floats), storage(3, longs)]);

function scan(bytes: Buffer): { format: string; findings: number } | { error: string } {
  const ctx: ScanContext = { location: 'model.pt', depth: 0, findings: [], errors: [] };
  try {
    const format = scanSource(new BufferSource(bytes), 'model.pt', ctx);
    return ctx.errors.length > 0
      ? { error: ctx.errors.join('; ') }
      : { format, findings: ctx.findings.length };
  } catch (error) {
    return { error: describeScanError(error) };
  }
}

describe('legacy torch.save raw storages', () => {
  it('scans a whole stream as a clean pickle', () => {
    expect(scan(whole)).toEqual({ format: 'pickle', findings: 0 });
  });

  it('reports a stream cut anywhere inside its storages as truncated, naming the storage', () => {
    // Every cut after the five pickles: these scanned as complete before the storages were counted.
    for (let n = pickles.length; n < whole.length; n++) {
      const result = scan(whole.subarray(0, n));
      expect(result, `cut at ${n}`).toHaveProperty('error');
      expect((result as { error: string }).error, `cut at ${n}`).toMatch(
        /truncated at byte \d+: legacy torch\.save/,
      );
    }
    expect(scan(whole.subarray(0, whole.length - 1))).toEqual({
      error: `malformed: truncated at byte ${whole.length - 1}: legacy torch.save storage "1" (2 of 2) needs 24 bytes of data from byte ${whole.length - 24}; the file has ${whole.length - 1}`,
    });
    expect(scan(whole.subarray(0, pickles.length + 3))).toEqual({
      error: `malformed: truncated at byte ${pickles.length + 3}: legacy torch.save stream ends before the size of storage "0" (1 of 2) at byte ${pickles.length}`,
    });
  });

  it('never reports a cut copy as clean, wherever the cut', () => {
    for (let n = 0; n < whole.length; n++)
      expect(scan(whole.subarray(0, n)), `cut at ${n}`).toHaveProperty('error');
  });

  it('refuses a storage type whose element size it does not know, and an impossible element count', () => {
    const odd = Buffer.from(whole.toString('latin1').replace('LongStorage', 'WeirdStorage'), 'latin1');
    expect(scan(odd)).toMatchObject({
      error: expect.stringMatching(/type torch\.WeirdStorage, of no known element size/),
    });
    const negative = Buffer.concat([pickles, storage(-1, Buffer.alloc(0))]);
    expect(scan(negative)).toMatchObject({ error: expect.stringMatching(/impossible element count -1/) });
  });
});
