// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or throws
// the 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface ContactFields {
  name: string;
  email: string | null;
  phone: string | null;
}

export type ContactPatch = Partial<ContactFields>;

export interface Page {
  limit: number;
  offset: number;
}

export interface ListQuery extends Page {
  q: string;
}

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PHONE_LENGTH = 30;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// Stored exactly as sent: quotes, semicolons, emoji and all (the queries are parameterised).
const name = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

// Normalised before the check and before it is stored: the unique index then compares emails
// the way people do (" Anna@X.org" is "anna@x.org").
const email = z
  .string()
  .max(MAX_EMAIL_LENGTH)
  .transform((value) => value.trim().toLowerCase())
  // One @, something before it, a dot after it with something on each side, no whitespace.
  .refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'must be an email address such as anna@example.org')
  .nullable();

const phone = z.string().min(1).max(MAX_PHONE_LENGTH).nullable();

// strictObject: a field the API does not know (a typo, or `deletedAt`) is an error.
const createBody = z.strictObject({ name, email: email.default(null), phone: phone.default(null) });
const patchBody = z
  .strictObject({ name: name.optional(), email: email.optional(), phone: phone.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one of name, email, phone');

/** A query parameter holding a whole number in plain digits; a repeated one is an array and fails. */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,16}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

const page = {
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
};
const listQuery = z.object({ ...page, q: z.string().default('') });
const pageQuery = z.object(page);

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

export function parseNewContact(body: unknown): ContactFields {
  return validate(createBody, body);
}

export function parseContactPatch(body: unknown): ContactPatch {
  return validate(patchBody, body);
}

export function parseListQuery(query: unknown): ListQuery {
  return validate(listQuery, query);
}

export function parsePageQuery(query: unknown): Page {
  return validate(pageQuery, query);
}

/** A path id: a positive whole number in plain digits ("abc", "0", "1.5" name nothing), else 404. */
export function parseContactId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw contactNotFound(raw);
  return Number(raw);
}

export function contactNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no contact ${id}.`);
}

export function emailTaken(email: string | null | undefined): HttpError {
  return new HttpError(409, 'email_taken', `Another contact already has the email ${email}.`, { field: 'email' });
}
