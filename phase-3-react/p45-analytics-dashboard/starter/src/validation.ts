// Turning untrusted input (JSON bodies, query strings) into typed values, or the 400 the client
// should see. Shared by events and stats: nothing unchecked gets past it.
import { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

/** One entry per problem; a problem with the input as a whole (not an object) is `body`'s. */
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
