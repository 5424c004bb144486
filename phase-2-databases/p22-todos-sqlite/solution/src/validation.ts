// What every resource's validation shares: zod errors turned into the API's 400, ids in paths,
// and the pieces of a query string. The rules of each resource are in its own validation.ts.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

/**
 * One entry per problem. `field` is the body field or query parameter at fault (an element of a
 * list counts as the list: `ids`), or `body` for a problem with the body as a whole.
 */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: issue.path.length > 0 ? String(issue.path[0]) : 'body', message: issue.message }],
  );
}

/** Parses input with a zod schema, or throws a 400 validation_failed that lists every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
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

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** limit (1 to 100, default 20) and offset (0 or more, default 0), for any list. */
export const pageParams = {
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  // Bounded so that SQLite always receives an integer.
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
};

/** A calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

/**
 * The :id of a path. Ids are positive integers written in digits; anything else ("abc", "1.5",
 * "1 OR 1=1") cannot name a row, so it is a 404 like an unknown id.
 */
export function parseId(raw: string, notFound: (id: string) => HttpError): number {
  if (!/^\d+$/.test(raw)) throw notFound(raw);
  return Number(raw);
}
