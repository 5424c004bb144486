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

/**
 * A whole number written with digits only. Number('') is 0 and Number('1e1') is 10, so the text
 * is checked with a pattern first; then the number is checked against its range.
 */
function wholeNumber(min: number, max: number) {
  return single()
    .regex(/^\d+$/, 'must be a whole number written with digits')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A filter value: trimmed, then not empty and not too long. */
function filterText() {
  return single()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_FILTER_LENGTH, `must be at most ${MAX_FILTER_LENGTH} characters`)
    .optional();
}

export const listQuerySchema = z.object({
  author: filterText(),
  tag: filterText(),
  q: filterText(),
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER).default(1),
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
});

export const randomQuerySchema = z.object({
  // A seed is used exactly as given (not trimmed): "a" and "a " are two different seeds.
  seed: single()
    .trim()
    .min(1, 'must not be empty')
    .refine((seed) => [...seed].length <= MAX_SEED_LENGTH, `must be at most ${MAX_SEED_LENGTH} characters`)
    .optional(),
  tag: filterText(),
});

export const idParamsSchema = z.object({
  id: single().regex(/^\d+$/, 'must be a whole number written with digits').transform(Number),
});

/**
 * Checks `input` (req.query or req.params) against a schema and returns the clean values, or
 * throws a 400 that lists every bad parameter. Unknown parameters are dropped, not refused.
 */
export function parseQuery<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(result.error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'query'), message: issue.message })));
}
