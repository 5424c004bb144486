// Money as whole cents (SPEC.md, Task 1). Floating-point numbers cannot hold most decimal
// fractions exactly (0.1 + 0.2 is 0.30000000000000004), so an amount is read from its text digit
// by digit into an integer number of cents, and every sum after that is exact integer arithmetic.

/** An amount that cannot be read: a user's mistake, not a bug. */
export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** The largest amount the tracker accepts, 999999999.99: far below Number.MAX_SAFE_INTEGER cents. */
export const MAX_CENTS = 99_999_999_999;

/**
 * Reads "12.50", "12.5", "12" or "-3.20" (spaces around are ignored) as cents: 1250, 1250,
 * 1200, -320. Throws MoneyError for anything else, and for more than two decimals ("19.999").
 */
export function parseAmount(text: string): number {
  // TODO (Task 1):
  // - trim, then match a regular expression: an optional "-", digits, and optionally "." and
  //   digits. Without the u flag, \d is only 0-9. No match: throw new MoneyError(...).
  // - More than two digits after the dot: MoneyError (we never round someone's money).
  // - More than 9 digits before the dot (leading zeros aside): MoneyError, too large.
  // - cents = Number(units) * 100 + Number(fraction.padEnd(2, '0')): never parseFloat(text) * 100.
  // - A minus makes it negative, but "-0" is 0, not -0.
  throw new Error('Not implemented: parseAmount');
}

/** 1250 -> "12.50", -5 -> "-0.05", 0 -> "0.00": always two decimals, no thousands separator. */
export function formatCents(cents: number): string {
  // TODO (Task 1): the sign, Math.floor(abs / 100), ".", and abs % 100 with padStart(2, '0').
  throw new Error('Not implemented: formatCents');
}
