// Task 3 in SPEC.md.

/**
 * Writes a result with at most `precision` decimal places: 6.21371192 → "6.2137" for 4,
 * 10000 → "10000", never "-0".
 */
export function formatNumber(value: number, precision: number): string {
  // TODO (Task 3): Number.prototype.toFixed does the rounding; then drop the zeros at the end
  // of the fraction (and a dot left alone), but never the zeros of "100" or of "1.2e+30".
  throw new Error(`Not implemented: formatNumber(${value}, ${precision})`);
}
