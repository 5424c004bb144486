/**
 * How results are printed: rounded to 15 significant digits, then written the way JavaScript
 * writes numbers. The rounding hides floating-point noise (0.1 + 0.2 is 0.30000000000000004 in
 * binary floating point, printed as 0.3); String() gives "1e+21" for huge and "1e-7" for tiny
 * numbers, and "0" for -0.
 */
export function formatNumber(value: number): string {
  const rounded = Number(value.toPrecision(15));
  // Only numbers within a hair of the largest double round up to Infinity: print those in full.
  return String(Number.isFinite(rounded) ? rounded : value);
}
