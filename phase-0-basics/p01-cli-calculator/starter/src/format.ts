/**
 * How results are printed (SPEC.md, "Task 5: The calc command"): rounded to 15 significant
 * digits, then written the way JavaScript writes numbers.
 */
export function formatNumber(value: number): string {
  // TODO (Task 5):
  // - value.toPrecision(15) rounds to 15 significant digits, but gives a string with trailing
  //   zeros ("100.000000000000"); Number(...) of that string drops them again.
  //   https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Number/toPrecision
  // - String(thatNumber) then writes it: "0.3", "1e+21", "1e-7", and "0" for -0.
  // - One corner: a value within a hair of Number.MAX_VALUE rounds up to Infinity. When the
  //   rounded number is not finite, print String(value) instead.
  throw new Error('Not implemented: formatNumber');
}
