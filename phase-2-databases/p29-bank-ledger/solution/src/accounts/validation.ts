// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Nothing unchecked gets past this file.
// transfers/validation.ts reuses `validate` and `amountCents`.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateAccountInput {
  name: string;
}

export interface DepositInput {
  amountCents: number;
}

/** One page of a statement: `limit` entries after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

export const MAX_NAME_LENGTH = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * Money is a whole number of cents: never a float (0.1 + 0.2 !== 0.3), never a string, never
 * zero or less. z.int() also refuses numbers beyond Number.MAX_SAFE_INTEGER, where JavaScript
 * can no longer count every cent.
 */
export const amountCents = z.int('must be a whole number of cents').positive('must be more than zero');

// Stored exactly as sent: quotes, semicolons and all (the queries are parameterised).
const name = z
  .string()
  .max(MAX_NAME_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

// strictObject: a field the API does not know (a typo, or `balanceCents`) is an error.
const createAccountBody = z.strictObject({ name });
const depositBody = z.strictObject({ amountCents });

/** A query parameter holding a whole number, written in plain digits. */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

const pageQuery = z.object({
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
});

/** One entry per problem; a problem with the body as a whole (not an object) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/** Parses `input` with `schema`, or throws a 400 validation_failed listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

export function parseCreateAccount(body: unknown): CreateAccountInput {
  return validate(createAccountBody, body);
}

export function parseDeposit(body: unknown): DepositInput {
  return validate(depositBody, body);
}

export function parsePageQuery(query: unknown): Page {
  return validate(pageQuery, query);
}

/** A path id: digits only ("abc", "1.5", "1 OR 1=1" name nothing), else a 404. */
export function parseAccountId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw accountNotFound(raw);
  return Number(raw);
}

export function accountNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no account ${id}.`);
}
