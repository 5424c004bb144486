// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Use zod (import { z } from 'zod'), as in p21.
import { HttpError } from '../errors.js';

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

// Every parse function throws new HttpError(400, 'validation_failed', message, details) for bad
// input, where details lists { field, message } for every problem (SPEC.md, Interface).

/** TODO (Task 4): title and author required, publishedYear and isbn optional, nothing else. */
export function parseCreateBook(body: unknown): CreateBookInput {
  void body;
  throw new Error('Not implemented: parseCreateBook (Task 4)');
}

/** TODO (Task 3): the optional `author` query parameter: one non-blank string, trimmed. */
export function parseBookFilter(query: unknown): BookFilter {
  void query;
  throw new Error('Not implemented: parseBookFilter (Task 3)');
}

/** TODO (Task 3): the :id of /books/:id; anything but digits throws bookNotFound(raw). */
export function parseBookId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseBookId (Task 3)');
}

export function bookNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no book with id ${id}.`);
}
