// The validation helpers every resource shares (you wrote them in p21): run a zod schema, and
// turn its issues into the 400 validation_failed error with one { field, message } per problem.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

/** One page of a list: `limit` items after skipping `offset`. */
export interface Page {
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

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

/** The shape of ?limit=&offset=, to extend with a list's own parameters. */
export const pageQuery = z.object({
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  // Bounded so that SQLite always receives an integer.
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
});

/** A text field that must hold something besides whitespace; stored exactly as sent. */
export function requiredText(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'must not be blank');
}

/** One entry per problem; a problem with the body as a whole (not an object, empty) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

/** The parsed input, or a 400 validation_failed listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/**
 * The :id of a path. Ids are positive integers written in digits; anything else ("abc", "1.5",
 * "1 OR 1=1") cannot name a row, so it answers the same 404 as an unknown id.
 */
export function parseId(raw: string, notFound: (id: string) => HttpError): number {
  if (!/^\d+$/.test(raw)) throw notFound(raw);
  return Number(raw);
}
