// Money as whole cents. Floating-point numbers cannot hold most decimal fractions exactly
// (0.1 + 0.2 is 0.30000000000000004), so an amount is read from its text digit by digit into an
// integer number of cents, and every sum after that is exact integer arithmetic.

/** An amount that cannot be read: a user's mistake, not a bug. */
export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** The largest amount the tracker accepts, 999999999.99: far below Number.MAX_SAFE_INTEGER cents. */
export const MAX_CENTS = 99_999_999_999;

// An optional minus (a refund), whole units, and optionally a dot with one or two digits.
// \d without the u flag is only 0-9: fullwidth or Arabic-Indic digits are refused.
const AMOUNT = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Reads "12.50", "12.5", "12" or "-3.20" (spaces around are ignored) as cents: 1250, 1250,
 * 1200, -320. Throws MoneyError for anything else, and for more than two decimals ("19.999"):
 * rounding someone's money without asking is not ours to do.
 */
export function parseAmount(text: string): number {
  const trimmed = text.trim();
  const match = AMOUNT.exec(trimmed);
  if (match === null) throw new MoneyError(`"${trimmed}" is not an amount: write it like 12.50`);
  const [, minus, units = '', fraction = ''] = match;
  if (fraction.length > 2) throw new MoneyError(`"${trimmed}" has more than two decimals`);
  // Strip leading zeros before the length check so that "0000012.50" is not "too large".
  if (units.replace(/^0+/, '').length > 9) throw new MoneyError(`"${trimmed}" is too large (at most 999999999.99)`);
  // "12.5" means 12.50: pad the fraction to two digits, then it is a whole number of cents.
  const cents = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  // "-0" and "-0.00" are zero, not minus zero.
  return minus === undefined || cents === 0 ? cents : -cents;
}

/** 1250 -> "12.50", -5 -> "-0.05", 0 -> "0.00": always two decimals, no thousands separator. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  return `${sign}${units}.${String(rest).padStart(2, '0')}`;
}
