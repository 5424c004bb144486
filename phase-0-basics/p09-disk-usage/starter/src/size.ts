// Sizes for people: 1536 bytes reads better as "1.5K". Units are powers of 1024, as du -h uses.

// P is enough: humanSize takes safe integers only, and 2^53 bytes is 8.0P.
const UNITS = ['K', 'M', 'G', 'T', 'P'] as const;

/**
 * `1023` → "1023B", `1536` → "1.5K", `1048576` → "1.0M" (SPEC.md, Task 1).
 */
export function humanSize(bytes: number): string {
  // TODO (Task 1):
  // - Not a whole number >= 0 (Number.isSafeInteger(bytes) && bytes >= 0 is false): throw a
  //   new RangeError(...) that says what was wrong.
  // - Below 1024: `${bytes}B`.
  // - Otherwise start with value = bytes / 1024 and UNITS[0] ("K"). While the value rounded to
  //   one decimal (Math.round(value * 10) / 10) is 1024 or more,
  //   divide by 1024 again and take the next unit: 1048575 bytes must print "1.0M", not "1024.0K".
  // - Print the rounded value with .toFixed(1) and the unit: "1.5K".
  throw new Error('Not implemented: humanSize');
}
