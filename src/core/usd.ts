/**
 * Money as the gateway reports it. Prices per 1k tokens times token counts are binary floats, so a cost computed as
 * `(12 / 1000) * 0.00015 + …` prints as 0.0000034499999999999996 in audit records, logs and `/metrics`. Rounding to
 * 12 significant digits, once, where a cost is computed, gives the decimal a person expects (0.00000345) and keeps
 * sub-micro-dollar precision; budgets compare in integer micro-dollars (store/counter-windows.ts), not these floats.
 */
const SIGNIFICANT = 12;

/**
 * @example
 * roundUsd((12 / 1000) * 0.00015 + (3 / 1000) * 0.0006) // 0.0000036
 */
export function roundUsd(usd: number): number {
  if (usd === 0 || !Number.isFinite(usd)) return usd;
  return Number(usd.toPrecision(SIGNIFICANT));
}

/**
 * A running total as text (a metric's value), without the float noise the additions bring: 12 significant digits,
 * like each cost. Integers print as they are (the common case costs nothing).
 */
export function formatSum(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT)));
}
