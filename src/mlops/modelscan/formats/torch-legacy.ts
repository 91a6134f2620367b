import { TruncatedError, type ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';

/** Bytes per element of each storage type a legacy torch.save names in its persistent ids (torch/_utils.py). */
const ELEMENT_SIZE: Readonly<Record<string, number>> = {
  'torch.DoubleStorage': 8,
  'torch.FloatStorage': 4,
  'torch.HalfStorage': 2,
  'torch.BFloat16Storage': 2,
  'torch.LongStorage': 8,
  'torch.IntStorage': 4,
  'torch.ShortStorage': 2,
  'torch.CharStorage': 1,
  'torch.ByteStorage': 1,
  'torch.BoolStorage': 1,
  'torch.ComplexDoubleStorage': 16,
  'torch.ComplexFloatStorage': 8,
  'torch.QUInt8Storage': 1,
  'torch.QInt8Storage': 1,
  'torch.QInt32Storage': 4,
  'torch.QUInt4x2Storage': 1,
  'torch.QUInt2x4Storage': 1,
  'torch.UntypedStorage': 1,
};

/**
 * The raw storages after the five pickles of a legacy (non-zip) torch.save stream: for each storage key, in sorted
 * order (`serialized_storage_keys = sorted(...)` in torch/serialization.py), an int64 element count and then that
 * many elements. Without this a file cut anywhere inside the tensor data scanned as complete: the pickles are whole,
 * and the bytes after them were never counted.
 *
 * @example
 * checkTorchLegacyStorages(source, walked.end, walked.storages); // throws TruncatedError on a cut file
 */
export function checkTorchLegacyStorages(
  source: ByteSource,
  start: number,
  storages: ReadonlyMap<string, string>,
): void {
  const keys = [...storages.keys()].sort();
  let pos = start;
  keys.forEach((key, i) => {
    const type = storages.get(key) ?? '';
    const size = ELEMENT_SIZE[type];
    if (size === undefined)
      throw new MalformedError(
        pos,
        `legacy torch.save storage "${key}" has type ${type}, of no known element size`,
      );
    const which = `storage "${key}" (${i + 1} of ${keys.length})`;
    if (pos + 8 > source.size)
      throw new TruncatedError(
        source.size,
        `legacy torch.save stream ends before the size of ${which} at byte ${pos}`,
      );
    const count = source.read(pos, 8).readBigInt64LE(0);
    const bytes = Number(count) * size;
    if (count < 0n || !Number.isSafeInteger(bytes))
      throw new MalformedError(pos, `legacy torch.save ${which} has an impossible element count ${count}`);
    pos += 8;
    if (pos + bytes > source.size)
      throw new TruncatedError(
        source.size,
        `legacy torch.save ${which} needs ${bytes} bytes of data from byte ${pos}; the file has ${source.size}`,
      );
    pos += bytes;
  });
}
