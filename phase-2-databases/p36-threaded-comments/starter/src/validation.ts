// Turning untrusted input (JSON bodies, path segments) into typed values, or the 400/404 the
// client should see. Shared by comments and categories.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

/** How deep a tree may go, for comments and categories alike: a top-level row has depth 1. */
export const MAX_DEPTH = 5;

/** One entry per problem; a problem with the body as a whole (not an object, empty) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), message: 'is not a known field' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/** Parses `input` with `schema`, or throws 400 validation_failed listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/** Text that must say something: 1 to `max` characters, not only whitespace, stored as sent. */
export function text(max: number) {
  // An empty string is blank too, so the refine covers the minimum of 1 character.
  return z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'must not be blank');
}

/** A parent: the id of an existing row, or null (or left out) for the top level. z.int() accepts safe integers only. */
export const parentId = z.int().min(1).nullable();

/**
 * The :id of a path. Ids are positive integers written in digits; anything else ("abc", "1.5",
 * "1 OR 1=1") cannot name a row, so it is a 404 like an unknown id.
 */
export function parseId(raw: string, notFound: (id: string) => HttpError): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw notFound(raw);
  return Number(raw);
}

/** The 404 for a parentId naming nothing: its details say which field was wrong. */
export function parentNotFound(what: string, id: number): HttpError {
  return new HttpError(404, 'not_found', `There is no ${what} ${id} to be the parent.`, [{ field: 'parentId', message: `names no ${what}` }]);
}

/** The 422 for a tree that would grow deeper than MAX_DEPTH. */
export function tooDeep(message: string): HttpError {
  return new HttpError(422, 'too_deep', message, [{ field: 'parentId', message: `the tree may be at most ${MAX_DEPTH} levels deep` }]);
}
