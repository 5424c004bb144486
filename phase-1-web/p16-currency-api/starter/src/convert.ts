// The client's side of a conversion: reading the query string, and the arithmetic.
// zod (https://zod.dev) describes what a valid input looks like and tells you, field by field,
// what is wrong with an invalid one. errors.ts already turns its ZodError into our 400.
import { z } from 'zod';
import { validationFailed } from './errors.js';

/** The largest amount converted: a trillion is far beyond any real payment. */
export const MAX_AMOUNT = 1e12;

/** The three parameters of GET /convert, checked: codes in upper case, the amount as a number. */
export interface ConvertQuery {
  from: string;
  to: string;
  amount: number;
}

// A reminder of the zod 4 API you need (see the spec, Task 2):
//   z.object({ from: ..., to: ..., amount: ... })   checks an object field by field
//   z.string().regex(/.../, 'message')              a string matching a pattern
//   .transform((value) => ...)                      changes the value once it is valid
//   .pipe(z.number().positive('...').max(...))      checks the transformed value further
//   schema.safeParse(input)                         { success: true, data } or { success: false, error }
// Keep the schemas inside this file, not exported: the suite only talks HTTP.

/** Reads `from`, `to` and `amount` from req.query, or throws a 400 listing every bad one. */
export function parseConvertQuery(_query: unknown): ConvertQuery {
  // TODO (Tasks 1 and 2): a currency code is three letters, lower case accepted and upper-cased;
  // the amount is digits with at most 2 decimals, more than 0 and at most MAX_AMOUNT. A missing
  // or repeated parameter is an error too. On failure: throw validationFailed(result.error).
  throw new Error('Not implemented: parseConvertQuery (Tasks 1 and 2)');
}

/** Reads the `:base` route parameter of GET /rates/:base, or throws a 400 about `base`. */
export function parseBase(_params: unknown): string {
  // TODO (Task 3): the same rule as a currency code of /convert, for the field `base`.
  throw new Error('Not implemented: parseBase (Task 3)');
}

/** Rounds to cents, halves away from zero: 0.125 becomes 0.13. */
export function roundMoney(_value: number): number {
  // TODO (Task 1): see "Rounding money" in the spec.
  throw new Error('Not implemented: roundMoney (Task 1)');
}
