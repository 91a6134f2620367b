/**
 * The UTF-16 code units of a string in a typed array, copied natively (a memcpy for a flat string: ~0.05 ms per MB).
 * Hot loops read a Uint16Array about three times faster than they call charCodeAt, whose every call re-checks the
 * string's representation.
 */
export interface CodeUnitBuffer {
  /** `text`'s code units in [0, text.length); the array may be longer. Valid until the next call. */
  of(text: string): Uint16Array;
}

/** Buffers up to this many units (8 MB) are kept between calls: allocating and zeroing 2 MB per 1 MB scan costs more than the loop saves. */
const KEEP = 1 << 22;

/** One reusable buffer per hot loop: callers must not share one across code that can interleave. */
export function createCodeUnitBuffer(): CodeUnitBuffer {
  let kept = new Uint16Array(1024);
  // A Buffer over the kept array, made once: a view per call cost as much as the copy on passage-sized texts.
  let keptBytes = Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength);
  return {
    of(text) {
      if (text.length <= kept.length) {
        keptBytes.write(text, 0, text.length * 2, 'utf16le');
        return kept;
      }
      const units = new Uint16Array(text.length);
      Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 0, 'utf16le');
      if (text.length <= KEEP) {
        kept = units;
        keptBytes = Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength);
      }
      return units;
    },
  };
}

/** JavaScript's `\s` (what a regex white-space class matches), by UTF-16 code unit. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
