// Turns untrusted input (query strings, path segments) into typed values, or throws the 400/404
// the client should see. The patterns here are shared with the CSV import (imports/rows.ts), so
// a movie is described by the same rules whichever way it arrives.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';

/** An IMDb-style id: `tt` and 7 or 8 digits. The natural key of a movie. */
export const IMDB_ID_PATTERN = /^tt\d{7,8}$/;
/** One genre: a letter, then letters or hyphens, 20 characters at most (`Drama`, `Sci-Fi`). */
export const GENRE_PATTERN = /^[A-Za-z][A-Za-z-]{0,19}$/;
export const MIN_YEAR = 1888;
export const MAX_YEAR = 2100;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** What GET /movies may filter on, and the page it asks for. */
export interface MovieQuery {
  year?: number;
  genre?: string;
  limit: number;
  offset: number;
}

/** One entry per problem; a problem with the input as a whole is `query`'s. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a known parameter' }))
      : [{ field: issue.path.join('.') || 'query', message: issue.message }],
  );
}

/** Parses `input` with `schema`, or throws a 400 validation_failed listing every problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = toDetails(result.error);
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new HttpError(400, 'validation_failed', message, details);
}

/**
 * TODO (Task 1): year, genre, limit and offset as SPEC.md's Interface says ("GET /movies"): plain
 * digits, the defaults, and a 400 naming any unknown or repeated parameter (z.strictObject).
 */
export function parseMovieQuery(query: unknown): MovieQuery {
  void query;
  throw new Error('Not implemented: parseMovieQuery (Task 1)');
}

/** TODO (Task 1): the id when it is an IMDb id; anything else names no movie (a 404). */
export function parseImdbIdParam(raw: string): string {
  void raw;
  throw new Error('Not implemented: parseImdbIdParam (Task 1)');
}

export function movieNotFound(imdbId: string): HttpError {
  return new HttpError(404, 'not_found', `There is no movie ${imdbId.slice(0, 40)}.`);
}
