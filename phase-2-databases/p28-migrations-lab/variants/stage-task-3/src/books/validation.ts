// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

export interface CreateBookInput {
  /** Trimmed. */
  title: string;
  /** The author's name, trimmed; the author is created on first use. */
  author: string;
  publishedYear: number | null;
  /** Without hyphens or spaces, X upper-cased; null when the book has none. */
  isbn: string | null;
}

export interface BookFilter {
  /** Only the books of the author with exactly this name (trimmed). */
  author?: string;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_AUTHOR_LENGTH = 100;
export const MIN_YEAR = -3000;
export const MAX_YEAR = 3000;

function trimmedText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`);
}

// Query values are strings, or arrays when a parameter is repeated: only one string is accepted.
const listQuery = z.object({ author: trimmedText(MAX_AUTHOR_LENGTH).optional() });

/** One entry per problem; a problem with the body as a whole (not an object) is `body`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a field of a book' }))
      : [{ field: issue.path.join('.') || 'body', message: issue.message }],
  );
}

function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/** TODO (Task 4): title and author required, publishedYear and isbn optional, nothing else. */
export function parseCreateBook(body: unknown): CreateBookInput {
  void body;
  throw new Error('Not implemented: parseCreateBook (Task 4)');
}

export function parseBookFilter(query: unknown): BookFilter {
  return validate(listQuery, query);
}

/**
 * The :id of /books/:id. Ids are positive integers written in digits; anything else
 * ("abc", "1.5", "1 OR 1=1") cannot name a book, so it is a 404 like an unknown id.
 */
export function parseBookId(raw: string): number {
  if (!/^\d{1,15}$/.test(raw)) throw bookNotFound(raw);
  return Number(raw);
}

export function bookNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no book with id ${id}.`);
}
