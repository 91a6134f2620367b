import { InvalidArgumentError } from 'commander';
import { BastionError } from '../../core/errors/index.js';

/** Bounds of a numeric flag: `min`/`max` inclusive, `above`/`below` exclusive (a budget of 0 is no budget at all). */
export interface NumberRange {
  min?: number;
  max?: number;
  above?: number;
  below?: number;
  integer?: boolean;
}

const DECIMAL = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/;

/**
 * Reads a numeric flag and refuses anything outside `range`, naming the flag and what it expects. Number() alone
 * would let "" through as 0 and "0,3" as NaN, which compares false with everything: a threshold that never fails.
 * The one parser of every numeric flag in the CLI, so "", " 5", "1,5" and "Infinity" mean the same everywhere.
 *
 * @example
 * const workers = numberFlag('--workers', o.workers, { min: 1, max: 64, integer: true }, 'a whole number from 1 to 64');
 */
export function numberFlag(flag: string, value: string, range: NumberRange, expected: string): number {
  const n = Number(value);
  const ok =
    // Plain decimals only: Number() also reads 0x10, 1e3 and Infinity, which nobody means as a rate limit.
    DECIMAL.test(value) &&
    Number.isFinite(n) &&
    (!range.integer || Number.isInteger(n)) &&
    (range.min === undefined || n >= range.min) &&
    (range.above === undefined || n > range.above) &&
    (range.max === undefined || n <= range.max) &&
    (range.below === undefined || n < range.below);
  if (!ok)
    throw new BastionError('BASTION_ERR_INPUT_INVALID', `${flag}: expected ${expected}, got "${value}"`);
  return n;
}

/** `numberFlag` when the flag is absent (undefined) is allowed: returns undefined. */
export function optionalNumberFlag(
  flag: string,
  value: string | undefined,
  range: NumberRange,
  expected: string,
): number | undefined {
  return value === undefined ? undefined : numberFlag(flag, value, range, expected);
}

/**
 * A number check as a commander argument parser (`.option('--retries <n>', '…', numberArg(…), 2)`): the same
 * checks, raised while commander parses, so the error reads like every other usage error
 * (`error: option '--retries <n>' argument '' is invalid. expected a whole number of 0 or more`) and exits 2.
 */
export function numberArg(flag: string, range: NumberRange, expected: string): (value: string) => number {
  return asArgParser((value) => numberFlag(flag, value, range, expected), expected);
}

/** `shareFlag` as a commander argument parser. */
export function shareArg(flag: string): (value: string) => number {
  return asArgParser((value) => shareFlag(flag, value), SHARE_EXPECTED);
}

function asArgParser(parse: (value: string) => number, expected: string): (value: string) => number {
  return (value) => {
    try {
      return parse(value);
    } catch {
      throw new InvalidArgumentError(`expected ${expected}`);
    }
  };
}

const SHARE_EXPECTED = 'a rate from 0 to 1 such as 0.05 (or a percentage such as 5%)';

/**
 * A share from 0 to 1, also written as a percentage ("5%"): the thresholds of `redteam run --fail-above` and
 * `docs eval --min-accuracy`.
 */
export function shareFlag(flag: string, value: string): number {
  const expected = SHARE_EXPECTED;
  if (!value.endsWith('%')) return numberFlag(flag, value, { min: 0, max: 1 }, expected);
  const percent = value.slice(0, -1);
  // Checked as its number, reported as typed ("150%", not "150").
  const n = Number(percent);
  if (!DECIMAL.test(percent) || n < 0 || n > 100)
    throw new BastionError('BASTION_ERR_INPUT_INVALID', `${flag}: expected ${expected}, got "${value}"`);
  return n / 100;
}
