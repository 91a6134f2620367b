import { BastionError } from '../../core/errors/index.js';

/**
 * Reads a numeric flag and refuses anything outside `range`, naming the flag and what it expects. Number() alone
 * would let "" through as 0 and "0,3" as NaN, which compares false with everything: a threshold that never fails.
 *
 * @example
 * const workers = numberFlag('--workers', o.workers, { min: 1, max: 64, integer: true }, 'a whole number from 1 to 64');
 */
export function numberFlag(
  flag: string,
  value: string,
  range: { min?: number; max?: number; integer?: boolean },
  expected: string,
): number {
  const n = Number(value);
  const ok =
    value.trim() !== '' &&
    Number.isFinite(n) &&
    (!range.integer || Number.isInteger(n)) &&
    (range.min === undefined || n >= range.min) &&
    (range.max === undefined || n <= range.max);
  if (!ok)
    throw new BastionError('BASTION_ERR_INPUT_INVALID', `${flag}: expected ${expected}, got "${value}"`);
  return n;
}
