import type { ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';
import { report, type ScanContext } from '../types.js';

const DTYPE_BYTES: Record<string, number> = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E5M2: 1,
  F8_E4M3: 1,
  F8_E8M0: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  F64: 8,
  I64: 8,
  U64: 8,
  C64: 8,
};
/** safetensors itself refuses headers above 100 MB; a bigger one is an attack on the parser. */
const MAX_HEADER = 100_000_000;

export function looksLikeSafetensors(head: Buffer, size: number): boolean {
  if (head.length < 9) return false;
  const n = head.readBigUInt64LE(0);
  return n > 1n && n <= BigInt(size - 8) && head[8] === 0x7b;
}

/**
 * safetensors: an 8-byte length, a JSON header, then one data buffer. Checks what loaders rely on: header within
 * the file, known dtypes, offsets inside the buffer, sizes matching shapes, no overlapping or unindexed bytes.
 */
export function scanSafetensors(source: ByteSource, ctx: ScanContext): void {
  const lenBuf = source.read(0, 8);
  if (lenBuf.length < 8) throw new MalformedError(0, 'file shorter than the 8-byte header length');
  const n = Number(lenBuf.readBigUInt64LE(0));
  if (n > MAX_HEADER) throw new MalformedError(0, `header length ${n} exceeds the 100 MB limit`);
  if (8 + n > source.size)
    throw new MalformedError(0, `header length ${n} runs past the end of the file (truncated)`);
  let header: unknown;
  try {
    header = JSON.parse(source.read(8, n).toString('utf8'));
  } catch (error) {
    throw new MalformedError(8, `header is not JSON: ${(error as Error).message}`);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header))
    throw new MalformedError(8, 'header is not a JSON object');
  const dataLen = source.size - 8 - n;
  const spans: { name: string; begin: number; end: number }[] = [];
  for (const [name, value] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (
        value === null ||
        typeof value !== 'object' ||
        Object.values(value).some((v) => typeof v !== 'string')
      ) {
        report(ctx, 'medium', 'safetensors.metadata', '__metadata__ must map strings to strings');
      }
      continue;
    }
    const t = value as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const offsets = t.data_offsets;
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)
    ) {
      report(
        ctx,
        'high',
        'safetensors.offsets',
        `tensor "${name}": data_offsets must be two non-negative integers`,
      );
      continue;
    }
    const [begin, end] = offsets as [number, number];
    if (begin > end || end > dataLen) {
      report(
        ctx,
        'high',
        'safetensors.out-of-range',
        `tensor "${name}": offsets [${begin}, ${end}] outside the ${dataLen}-byte data buffer`,
      );
      continue;
    }
    const size = typeof t.dtype === 'string' ? DTYPE_BYTES[t.dtype] : undefined;
    if (size === undefined)
      report(
        ctx,
        'medium',
        'safetensors.dtype',
        `tensor "${name}": unknown dtype ${JSON.stringify(t.dtype)}`,
      );
    const shape = t.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      report(
        ctx,
        'high',
        'safetensors.shape',
        `tensor "${name}": shape must be a list of non-negative integers`,
      );
    } else if (size !== undefined) {
      const want = (shape as number[]).reduce((a, b) => a * b, 1) * size;
      if (want !== end - begin)
        report(
          ctx,
          'high',
          'safetensors.size-mismatch',
          `tensor "${name}": shape × dtype = ${want} bytes but offsets span ${end - begin}`,
        );
    }
    spans.push({ name, begin, end });
  }
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let cursor = 0;
  for (const s of spans) {
    if (s.begin < cursor)
      report(ctx, 'high', 'safetensors.overlap', `tensor "${s.name}" overlaps the previous tensor`);
    else if (s.begin > cursor)
      report(
        ctx,
        'medium',
        'safetensors.hole',
        `${s.begin - cursor} unindexed bytes before "${s.name}" (hidden data?)`,
      );
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < dataLen)
    report(
      ctx,
      'medium',
      'safetensors.trailing',
      `${dataLen - cursor} bytes after the last tensor are not indexed (hidden data?)`,
    );
}
