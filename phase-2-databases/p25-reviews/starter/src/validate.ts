// The plumbing every validation.ts shares: run a zod schema on untrusted input and turn its
// issues into the 400 the client sees, read whole numbers from a query string, and read ids
// from a path.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

/** One entry per problem; a problem with the body as a whole (not an object, empty) is `body`'s. */
function toDetails(error: z.ZodError, thing: string): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: `is not a field of ${thing}` }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/**
 * Returns the parsed value, or throws a 400 validation_failed listing every problem.
 * `thing` names what the input describes ("a review") in the message for an unknown field.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, thing: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error, thing);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
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
 * An id from the path. Ids are positive integers written in digits; anything else ("abc",
 * "1.5", "1 OR 1=1") cannot name a row, so it gets the same 404 as an unknown id.
 */
export function parseId(raw: string, notFound: (id: string) => HttpError): number {
  if (!/^\d+$/.test(raw)) throw notFound(raw);
  return Number(raw);
}
