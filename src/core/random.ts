/**
 * mulberry32: a small, fast PRNG with a 32-bit state, for reproducible splits, shuffles and mutator choices from a
 * seed. Never for secrets (keys and canaries use node:crypto).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integers in [0, n) from a mulberry32 stream: reproducible random choices (test inputs, mutators) from a seed. */
export function seededInt(seed: number): (n: number) => number {
  const next = mulberry32(seed);
  return (n) => Math.floor(next() * n);
}
