import { HASH_BITS } from './features.js';

/**
 * A deterministic int8 weight table of 4 heads x 2^HASH_BITS buckets, every weight in [-127, 127], for tests that
 * check a scoring path against the plain sum of extractFeatures' ids (a linear congruential generator: the same
 * seed gives the same table in every test file).
 */
export function randomWeightTable(seed: number): Int8Array {
  const table = new Int8Array(4 << HASH_BITS);
  let x = seed;
  for (let i = 0; i < table.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    table[i] = (x >> 16) % 128;
  }
  return table;
}
