// The client's side of a conversion: reading the query string, and the arithmetic.
import { z } from 'zod';
import { validationFailed } from './errors.js';

/** The largest amount converted: a trillion is far beyond any real payment. */
export const MAX_AMOUNT = 1e12;

/**
 * A query parameter arrives as undefined (missing), a string, or an array of strings (repeated:
 * `?from=USD&from=EUR`). This turns the first and the last into readable messages.
 */
function oneString(what: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : 'must be given once') });
}

/**
 * A currency code: three letters (ISO 4217). Lower case is accepted and upper-cased, so `usd`
 * and `USD` are the same currency and share one cache entry.
 */
const currencyCode = oneString('a currency code such as USD')
  .regex(/^[A-Za-z]{3}$/, 'must be a currency code of three letters, such as USD')
  .transform((code) => code.toUpperCase());

/**
 * Digits, then optionally a dot and one or two digits. The regex comes first because Number()
 * is far too lenient for money: it accepts '', ' 12', '1e3', '0x10' and 'Infinity'.
 */
const amount = oneString('an amount such as 12.34')
  .regex(/^\d+(\.\d{1,2})?$/, 'must be a positive number with at most 2 decimals, such as 12.34')
  .transform(Number)
  .pipe(z.number().positive('must be greater than 0').max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`));

const convertQuery = z.object({ from: currencyCode, to: currencyCode, amount });

export type ConvertQuery = z.infer<typeof convertQuery>;

/** Reads `from`, `to` and `amount` from req.query, or throws a 400 listing every bad one. */
export function parseConvertQuery(query: unknown): ConvertQuery {
  const parsed = convertQuery.safeParse(query);
  if (!parsed.success) throw validationFailed(parsed.error);
  return parsed.data;
}

/** Reads the `:base` route parameter of GET /rates/:base, or throws a 400 about `base`. */
export function parseBase(params: unknown): string {
  const parsed = z.object({ base: currencyCode }).safeParse(params);
  if (!parsed.success) throw validationFailed(parsed.error);
  return parsed.data.base;
}

/**
 * Rounds to cents, halves away from zero: 0.125 becomes 0.13 (Math.round alone rounds -0.125 to
 * -0.12, towards +infinity; toFixed has surprises of its own). Amounts and rates are positive
 * here, but a money helper that is wrong for negatives is a trap for the next project.
 */
export function roundMoney(value: number): number {
  return Math.trunc(value * 100) / 100;
}
