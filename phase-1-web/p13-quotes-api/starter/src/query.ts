// The rules for query strings and path parameters, written as zod schemas, and one function that
// turns zod's complaints into the curriculum's 400 validation_failed error.
// zod: https://zod.dev/basics
import { z } from 'zod';
import { validationFailed } from './errors.js';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
export const MAX_FILTER_LENGTH = 100;
export const MAX_SEED_LENGTH = 64;

/** Express 5 gives a string, or an array of strings when the parameter is repeated. */
function single() {
  return z.string({ error: 'must be given once, as a single value' });
}

export const listQuerySchema = z.object({
  // TODO (Task 2): page and limit: whole numbers written with digits only (check the text with
  // .regex(/^\d+$/, ...) BEFORE turning it into a number: Number('') is 0 and Number('1e1') 10),
  // then .transform(Number).pipe(z.number().int().min(...).max(...)), with .default(1) for page
  // and .default(DEFAULT_LIMIT) for limit; limit is at most MAX_LIMIT.
  // TODO (Task 3): author, tag and q: single().trim().min(1, ...).max(MAX_FILTER_LENGTH, ...).optional()
});

export const randomQuerySchema = z.object({
  // TODO (Task 4): seed: 1 to MAX_SEED_LENGTH characters, used as given (not trimmed), optional;
  // tag: the same rules as the tag of listQuerySchema.
});

/** The :id of /quotes/:id. Given in full, as an example of a schema. */
export const idParamsSchema = z.object({
  id: single().regex(/^\d+$/, 'must be a whole number written with digits').transform(Number),
});

/**
 * Checks `input` (req.query or req.params) against a schema and returns the clean values, or
 * throws a 400 that lists every bad parameter. Unknown parameters are dropped, not refused.
 * Given in full.
 */
export function parseQuery<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'query'), message: issue.message })));
}
