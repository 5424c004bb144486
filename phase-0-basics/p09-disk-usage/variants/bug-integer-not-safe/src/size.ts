// Sizes for people: 1536 bytes reads better as "1.5K". Units are powers of 1024, as du -h uses.

// P is enough: humanSize takes safe integers only, and 2^53 bytes is 8.0P.
const UNITS = ['K', 'M', 'G', 'T', 'P'] as const;

/** Rounds half up to one decimal: 1.25 becomes 1.3 (toFixed alone is not reliable about halves). */
function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * `1023` → "1023B", `1536` → "1.5K", `1048576` → "1.0M". Bytes below 1024 stay whole bytes;
 * anything larger gets one decimal in the largest unit that keeps the number under 1024
 * after rounding, so 1048575 bytes (1023.999K) is "1.0M" and never "1024.0K".
 */
export function humanSize(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) {
    throw new RangeError(`humanSize needs a whole number of bytes >= 0, got ${bytes}`);
  }
  if (bytes < 1024) return `${bytes}B`;
  let value = bytes / 1024;
  let unit = 0;
  // Move up while the rounded value would show 1024 or more (a safe integer never gets past P).
  while (roundToTenth(value) >= 1024) {
    value /= 1024;
    unit += 1;
  }
  return `${roundToTenth(value).toFixed(1)}${UNITS[unit]}`;
}
