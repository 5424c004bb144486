// Turning a zod failure into the API's 400: one { field, message } per problem, where field is
// the body field or query parameter at fault (`tags` for a bad tag in the list, not `tags.2`).
import type { z } from 'zod';
import { HttpError, type FieldProblem } from './errors.js';

function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known field' }))
      : [{ field: issue.path.length > 0 ? String(issue.path[0]) : 'body', message: issue.message }],
  );
}

/** The parsed value, or a 400 validation_failed listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}
