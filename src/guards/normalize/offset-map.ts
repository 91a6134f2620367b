/**
 * The normaliser's offset map (normalised offset → original offset) kept as its breaks: the offsets where
 * `original - normalised` changes, and the new difference from there on. Normalisation removes or expands a few
 * characters in most texts, so a megabyte text has a handful of breaks where a dense Int32Array had a million
 * entries: allocating, zeroing, copying and collecting those 4 MB per scan cost about a millisecond.
 *
 * Entries are written in ascending order of the normalised offset (`put`); an offset never written takes the
 * difference of the last break before it, which is what the dense map held there (every offset was written, and
 * runs copied from the original are the identity plus a constant).
 */
export class OffsetMap {
  /** Normalised offsets where a new difference starts, ascending; at[0] = 0. */
  readonly at: number[] = [0];
  /** original - normalised from at[k] on. */
  readonly diff: number[] = [0];
  private last = 0;

  /** map[n] = value. `n` must not be below any offset written before. */
  put(n: number, value: number): void {
    const d = value - n;
    if (d === this.last) return;
    const k = this.at.length - 1;
    // The same offset written again (only ever the last one): the later value wins, as in an array.
    if (this.at[k] === n) this.diff[k] = d;
    else {
      this.at.push(n);
      this.diff.push(d);
    }
    this.last = d;
  }

  /** map[o] for o ≥ 0. */
  get(o: number): number {
    const at = this.at;
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return o + this.diff[lo]!;
  }

  /** The entries below `end` as a new map (the same breaks). */
  prefix(end: number): OffsetMap {
    const m = new OffsetMap();
    for (let k = 0; k < this.at.length && this.at[k]! < end; k++)
      m.put(this.at[k]!, this.at[k]! + this.diff[k]!);
    return m;
  }
}

/** Reads a map at ascending offsets in amortised constant time (collapseSpacedLetters walks it once). */
export class OffsetMapCursor {
  private k = 0;
  constructor(private readonly map: OffsetMap | null) {}

  /** map[o]; `o` must not be below the previous call's. A null map is the identity. */
  get(o: number): number {
    const m = this.map;
    if (m === null) return o;
    const at = m.at;
    while (this.k + 1 < at.length && at[this.k + 1]! <= o) this.k++;
    return o + m.diff[this.k]!;
  }

  /**
   * Writes map[from, to) into `out` at `w`, `w + 1`, … (a block of units moved from `from` to `w`): one put per
   * break inside the block. Calls must come in ascending `from`.
   */
  copyTo(out: OffsetMap, w: number, from: number, to: number): void {
    if (to <= from) return;
    out.put(w, this.get(from));
    const m = this.map;
    if (m === null) return;
    const at = m.at;
    while (this.k + 1 < at.length && at[this.k + 1]! < to) {
      this.k++;
      const b = at[this.k]!;
      out.put(w + (b - from), b + m.diff[this.k]!);
    }
  }
}
