import { ByteReader, type ByteSource } from '../../io/byte-source.js';
import { MalformedError, scanPickle } from '../pickle.js';
import { report, type ScanContext } from '../types.js';

export const NPY_MAGIC = Buffer.from('\x93NUMPY', 'latin1');

const ITEM = /^[<>|=]?([biufcmMSUV])(\d*)$/;

/**
 * `.npy`: a small Python-literal header then raw data. Object arrays (`descr` 'O') store a PICKLE instead of raw
 * data, and `np.load(allow_pickle=True)` runs it, so they are reported and the pickle is walked.
 */
export function scanNpy(source: ByteSource, ctx: ScanContext): void {
  const r = new ByteReader(source);
  r.skip(6, 'magic');
  const major = r.u8('version');
  r.u8('version');
  const headerLen = major === 1 ? r.u16('header length') : r.u32('header length');
  const header = r.bytes(headerLen, 'header').toString('latin1');
  const descr = /'descr'\s*:\s*('([^']*)'|\[)/.exec(header);
  const shape = /'shape'\s*:\s*\(([^)]*)\)/.exec(header);
  if (!descr || !shape) throw new MalformedError(8, 'npy header has no descr/shape');
  const dataStart = r.pos;
  // '|O', 'O', '|O8' (Python 2 era), or a structured dtype with any object field.
  const isObject = /^[<>|=]?O\d*$/.test(descr[2] ?? '') || (descr[1] === '[' && /'[<>|=]?O\d*'/.test(header));
  if (isObject) {
    report(
      ctx,
      'medium',
      'numpy.object-array',
      'object array: np.load(allow_pickle=True) unpickles its data',
      dataStart,
    );
    scanPickle(source.slice(dataStart, source.size), { ...ctx, location: `${ctx.location}[pickle]` });
    return;
  }
  const dims =
    shape[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(Number) ?? [];
  const item = ITEM.exec(descr[2] ?? '');
  if (item && item[2] && dims.every((d) => Number.isInteger(d) && d >= 0)) {
    const need = dims.reduce((a, b) => a * b, 1) * Number(item[2]) * (item[1] === 'U' ? 4 : 1);
    if (dataStart + need > source.size) {
      throw new MalformedError(
        dataStart,
        `npy data truncated: needs ${need} bytes, has ${source.size - dataStart}`,
      );
    }
  }
}
