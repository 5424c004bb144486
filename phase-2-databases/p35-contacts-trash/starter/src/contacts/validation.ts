// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or throws
// the 400/404 the client should see. Nothing unchecked gets past this file.
import type { z } from 'zod';
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

// TODO (Tasks 1 to 3): the rules of SPEC.md for name, email and phone, for a new contact and for a
// patch, and for the query parameters of the lists (Task 2 and Task 4). zod's strictObject
// refuses unknown fields.

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

/** TODO (Task 1): see SPEC.md. */
export function parseNewContact(body: unknown): ContactFields {
  void [body];
  throw new Error('Not implemented: parseNewContact (Task 1)');
}

/** TODO (Task 3): see SPEC.md. */
export function parseContactPatch(body: unknown): ContactPatch {
  void [body];
  throw new Error('Not implemented: parseContactPatch (Task 3)');
}

/** TODO (Task 2): see SPEC.md. */
export function parseListQuery(query: unknown): ListQuery {
  void [query];
  throw new Error('Not implemented: parseListQuery (Task 2)');
}

/** TODO (Task 2): see SPEC.md. */
export function parsePageQuery(query: unknown): Page {
  void [query];
  throw new Error('Not implemented: parsePageQuery (Task 2)');
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
