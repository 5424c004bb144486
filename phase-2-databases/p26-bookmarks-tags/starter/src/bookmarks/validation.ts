// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Use zod, tagName from ../tags/validation.js and
// validate() from ../validate.js, which throws the 400 validation_failed with its details.
import { HttpError } from '../errors.js';

export interface CreateBookmarkInput {
  url: string;
  title: string;
  /** Normalised and distinct, in the order first sent. */
  tags: string[];
}

/** A PATCH body: only the fields sent, at least one. `tags`, when sent, replaces the set. */
export type UpdateBookmarkInput = Partial<CreateBookmarkInput>;

/** GET /bookmarks: which tags (none: no filter), how to combine them, and the page. */
export interface ListQuery {
  tags?: string[] | undefined;
  match: 'all' | 'any';
  limit: number;
  offset: number;
}

export const MAX_URL_LENGTH = 2048;
export const MAX_TITLE_LENGTH = 200;
export const MAX_TAGS = 10;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * TODO (Task 2): url (absolute http/https, at most 2048), title (not blank, at most 200), tags
 * (optional, default [], at most 10 entries, each through tagName, repeats dropped); nothing else.
 */
export function parseCreateBookmark(body: unknown): CreateBookmarkInput {
  void body;
  throw new Error('Not implemented: parseCreateBookmark (Task 2)');
}

/** TODO (Task 4): the same rules, each field optional, at least one. */
export function parseUpdateBookmark(body: unknown): UpdateBookmarkInput {
  void body;
  throw new Error('Not implemented: parseUpdateBookmark (Task 4)');
}

/** TODO (Task 5): tags (comma-separated), match (all | any, default all), limit, offset. */
export function parseListQuery(query: unknown): ListQuery {
  void query;
  throw new Error('Not implemented: parseListQuery (Task 5)');
}

/** TODO (Task 2): the :id of /bookmarks/:id; anything but digits throws bookmarkNotFound(raw). */
export function parseBookmarkId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseBookmarkId (Task 2)');
}

export function bookmarkNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no bookmark with id ${id}.`);
}
