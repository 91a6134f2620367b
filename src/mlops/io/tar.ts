import type { ByteSource } from './byte-source.js';

/** POSIX/GNU tar members (legacy `torch.save` archives are tar files of pickles). */
export interface TarEntry {
  name: string;
  type: string;
  size: number;
  dataOffset: number;
}

export function isTar(source: ByteSource): boolean {
  if (source.size < 512) return false;
  const magic = source.read(257, 5).toString('latin1');
  return magic === 'ustar';
}

function octal(buf: Buffer, start: number, len: number): number {
  const text = buf
    .subarray(start, start + len)
    .toString('latin1')
    .replace(/\0.*$/s, '')
    .trim();
  return text === '' ? 0 : parseInt(text, 8);
}

export function readTarEntries(source: ByteSource): { entries: TarEntry[]; error?: string } {
  const entries: TarEntry[] = [];
  let pos = 0;
  let longName: string | undefined;
  while (pos + 512 <= source.size) {
    const h = source.read(pos, 512);
    if (h.every((b) => b === 0)) return { entries };
    const size = octal(h, 124, 12);
    if (!Number.isFinite(size) || size < 0) return { entries, error: `tar header at ${pos}: bad size field` };
    const type = String.fromCharCode(h[156] ?? 48);
    const prefix = h.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    let name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (prefix) name = `${prefix}/${name}`;
    const dataOffset = pos + 512;
    if (dataOffset + size > source.size)
      return { entries, error: `tar member "${name}" runs past the end of the file (truncated)` };
    if (type === 'L') longName = source.read(dataOffset, size).toString('utf8').replace(/\0.*$/s, '');
    else {
      entries.push({ name: longName ?? name, type, size, dataOffset });
      longName = undefined;
    }
    pos = dataOffset + Math.ceil(size / 512) * 512;
  }
  // Every tar writer ends the archive with zero blocks: running out of bytes before them means it was cut.
  if (entries.length === 0) return { entries, error: 'truncated tar header' };
  return {
    entries,
    error:
      pos < source.size
        ? `tar header at ${pos} is cut short (truncated)`
        : 'tar archive ends without its end-of-archive block (truncated)',
  };
}
