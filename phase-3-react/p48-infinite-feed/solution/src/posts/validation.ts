// Turns untrusted input into typed values, or throws the 400 the client should see.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export const MAX_AUTHOR_LENGTH = 40;
export const MAX_TEXT_LENGTH = 280;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

/** Trimmed before it is checked and stored: "  Ann " is "Ann". */
function trimmed(max: number) {
  return z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().min(1).max(max));
}

const newPost = z.strictObject({ author: trimmed(MAX_AUTHOR_LENGTH), text: trimmed(MAX_TEXT_LENGTH) });

// Query values are strings (an array when repeated): digits only, so "2.5", "1e1" and "" are refused.
const feedQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .pipe(z.number().min(1).max(MAX_LIMIT))
    .optional(),
  // A repeated cursor is an array: refused here, before cursor.ts reads it.
  cursor: z.string().optional(),
});

function toDetails(error: z.ZodError, unknownMessage: string): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: unknownMessage }))
      : // A problem with the body as a whole (an array, a string) has no path: its field is "body".
        [{ field: issue.path.length > 0 ? String(issue.path[0]) : 'body', message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown, unknownMessage: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error, unknownMessage);
  // The message names every problem field, for whoever reads the answer.
  throw new HttpError(400, 'validation_failed', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

export function parseNewPost(body: unknown): { author: string; text: string } {
  return validate(newPost, body, 'is not a known field');
}

/** The query of GET /api/feed; the cursor stays a string here (cursor.ts reads it). */
export function parseFeedQuery(query: unknown): { limit: number; cursor?: string | undefined } {
  const { limit, cursor } = validate(feedQuery, query, 'is not a parameter of this route');
  return { limit: limit ?? DEFAULT_LIMIT, cursor };
}
