// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateUserInput {
  /** Lower-cased: two emails that differ only in case are the same email. */
  email: string;
  name: string;
}

/** A PATCH body: only the fields sent, at least one. */
export type UpdateUserInput = Partial<CreateUserInput>;

/** One page of the list: `limit` users after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// Lower-casing here, before anything is stored or compared, is what makes the unique index on
// users.email case-insensitive.
const email = z
  .email()
  .max(MAX_EMAIL_LENGTH)
  .transform((value) => value.toLowerCase());

// Stored exactly as sent: quotes, semicolons and all (the queries are parameterised).
const name = z
  .string()
  .trim()
  .max(MAX_NAME_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

// strictObject: a field the API does not know (a typo, or `id`) is an error, not silently dropped.
const createUserBody = z.strictObject({ email, name });

const updateUserBody = z
  .strictObject({ email: email.optional(), name: name.optional() })
  .refine((body) => Object.keys(body).length > 0, 'must have at least one of the fields email, name');

/**
 * A query parameter holding a whole number. Query values are strings, and Number() is too
 * forgiving ("1e3", "0x10", " 7"), so only plain digits are accepted.
 */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

const listQuery = z.object({
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  // Bounded so that SQLite always receives an integer.
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
});

/** One entry per problem; a problem with the body as a whole (not an object, empty) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a field of a user' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

export function parseCreateUser(body: unknown): CreateUserInput {
  return validate(createUserBody, body);
}

export function parseUpdateUser(body: unknown): UpdateUserInput {
  return validate(updateUserBody, body);
}

export function parseListQuery(query: unknown): Page {
  return validate(listQuery, query);
}

/**
 * The :id of /users/:id. Ids are positive integers written in digits; anything else
 * ("abc", "1.5", "1 OR 1=1") cannot name a user, so it is a 404 like an unknown id.
 */
export function parseUserId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw userNotFound(raw);
  return Number(raw);
}

export function userNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no user with id ${id}.`);
}
