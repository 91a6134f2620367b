import { mulberry32 } from '../core/random.js';
import type { Rng } from './types.js';

/**
 * mulberry32: a small, fast PRNG with a 32-bit state. Not for secrets (canaries use crypto);
 * it only makes mutator choices reproducible from `--seed`.
 */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}

/** A stable 32-bit hash of a string, to derive per-probe seeds from the run seed. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 2166136261;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
