// Turns untrusted input (JSON bodies, query strings, path segments) into typed values, or
// throws the 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { tagName } from '../tags/validation.js';
import { validate } from '../validate.js';

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

/** An absolute http or https URL, stored exactly as sent. */
const url = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  }, 'must be an absolute http:// or https:// URL');

const title = z
  .string()
  .max(MAX_TITLE_LENGTH)
  .refine((value) => value.trim() !== '', 'must not be blank');

/** "Web Dev" and "web-dev" in one request are one tag: normalise, then drop repeats. */
const tagList = z
  .array(tagName)
  .max(MAX_TAGS)
  .transform((names) => [...new Set(names)]);

const createBody = z.strictObject({ url, title, tags: tagList.default([]) });

const updateBody = z
  .strictObject({ url: url.optional(), title: title.optional(), tags: tagList.optional() })
  .refine((body) => Object.keys(body).length > 0, 'must have at least one of the fields url, title, tags');

/**
 * A query parameter holding a whole number. Query values are strings, and Number() is too
 * forgiving ("1e3", "0x10", " 7"), so only plain digits are accepted.
 */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

/** ?tags=a,b: comma-separated names, each normalised like a bookmark's tags. */
const tagFilter = z
  .string()
  .transform((value) => value.split(','))
  .pipe(z.array(tagName).max(MAX_TAGS));

const listQuery = z.object({
  tags: tagFilter.optional(),
  match: z.enum(['all', 'any'], 'must be all or any').default('all'),
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  // Bounded so that SQLite always receives an integer.
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
});

export function parseCreateBookmark(body: unknown): CreateBookmarkInput {
  return validate(createBody, body);
}

export function parseUpdateBookmark(body: unknown): UpdateBookmarkInput {
  return validate(updateBody, body);
}

export function parseListQuery(query: unknown): ListQuery {
  return validate(listQuery, query);
}

/**
 * The :id of /bookmarks/:id. Ids are positive integers written in digits; anything else
 * ("abc", "1.5", "1 OR 1=1") cannot name a bookmark, so it is a 404 like an unknown id.
 */
export function parseBookmarkId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw bookmarkNotFound(raw);
  return Number(raw);
}

export function bookmarkNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no bookmark with id ${id}.`);
}
