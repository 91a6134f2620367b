/**
 * Money as the gateway reports it. Prices per 1k tokens times token counts are binary floats, so a cost computed as
 * `(23 / 1000) * 0.00015` prints as 0.0000034499999999999996 in audit records, logs and `/metrics`. Rounding once,
 * where a cost is computed, to a whole number of pico-dollars (1e-12 USD) gives the decimal a person expects
 * (0.00000345): an integer divided by 1e12 is the double nearest that decimal, which is what prints. Budgets
 * compare in integer micro-dollars (store/counter-windows.ts), not these floats.
 */
const PICO = 1e12;
/** Significant digits a running total is printed with. */
const SIGNIFICANT = 12;

/**
 * @example
 * roundUsd((12 / 1000) * 0.00015 + (3 / 1000) * 0.0006) // 0.0000036
 */
export function roundUsd(usd: number): number {
  // Per request on the chat path: a multiply, a round and a divide (~2 ns) where toPrecision cost ~150 ns.
  return Math.round(usd * PICO) / PICO;
}

/**
 * A running total as text (a metric's value), without the float noise the additions bring: 12 significant digits
 * (a scrape, not the hot path). Integers print as they are.
 */
export function formatSum(value: number): string {
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT)));
}
