// Turning untrusted input (JSON bodies, query strings, path segments) into typed values, or the
// 400/404 the client should see. Shared by every route: nothing unchecked gets past it.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

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
  throw invalid(toDetails(result.error));
}

/** A 400 validation_failed with these problems. */
export function invalid(details: FieldProblem[]): HttpError {
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new HttpError(400, 'validation_failed', message, details);
}

/**
 * A query parameter holding a whole number. Query values are strings, and Number() is too
 * forgiving ("1e3", "0x10", " 7"), so only plain digits are accepted.
 */
export function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

/**
 * The :id of a path. Ids are positive integers written in digits; anything else ("abc", "1.5",
 * "1 OR 1=1") cannot name a row, so it is a 404 like an unknown id.
 */
export function parseId(raw: string): number {
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw recipeNotFound(raw);
  return Number(raw);
}

export function recipeNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no recipe ${id}.`);
}
