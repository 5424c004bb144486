// Turns untrusted input about reviews (JSON bodies, query strings, path segments) into typed
// values, or throws the 400/404 the client should see.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parseId, validate, wholeNumber } from '../validate.js';

export interface CreateReviewInput {
  /** Lower-cased, 3 to 20 of a-z, 0-9 and _. */
  author: string;
  /** A whole number from 1 to 5. */
  rating: number;
  title: string;
  body: string;
}

/** A PATCH body: only the fields sent, at least one. The author never changes. */
export type UpdateReviewInput = Partial<Pick<CreateReviewInput, 'rating' | 'title' | 'body'>>;

export const SORTS = ['newest', 'helpful', 'rating', '-rating'] as const;
export type ReviewSort = (typeof SORTS)[number];

/** One page of a product's reviews, in one of the SORTS. */
export interface ReviewQuery {
  sort: ReviewSort;
  limit: number;
  offset: number;
}

export const USERNAME_PATTERN = /^[a-z0-9_]{3,20}$/;
export const MAX_TITLE_LENGTH = 100;
export const MAX_BODY_LENGTH = 2000;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/**
 * A username (a review's author, a vote's voter). Lower-cased first: "Ann_1" and "ann_1" are
 * one person, which is what makes the unique index on (product_id, author) case-insensitive.
 */
export const username = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(USERNAME_PATTERN, 'must be 3 to 20 letters, digits or underscores'));

// z.number() refuses "5" and null; int() refuses 3.5. The database checks the same rule again.
const rating = z.number().int().min(1).max(5);

function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim() !== '', 'must not be blank');
}

const createReviewBody = z.strictObject({
  author: username,
  rating,
  title: text(MAX_TITLE_LENGTH),
  body: text(MAX_BODY_LENGTH),
});

const updateReviewBody = z
  .strictObject({ rating: rating.optional(), title: text(MAX_TITLE_LENGTH).optional(), body: text(MAX_BODY_LENGTH).optional() })
  .refine((body) => Object.keys(body).length > 0, 'must have at least one of the fields rating, title, body');

const reviewQuery = z.object({
  sort: z.enum(SORTS).default('newest'),
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  // Bounded so that SQLite always receives an integer.
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).default(0),
});

export function parseCreateReview(body: unknown): CreateReviewInput {
  return validate(createReviewBody, body, 'a review');
}

export function parseUpdateReview(body: unknown): UpdateReviewInput {
  return validate(updateReviewBody, body, 'a review you can change');
}

export function parseReviewQuery(query: unknown): ReviewQuery {
  return validate(reviewQuery, query, 'the query');
}

/** The :id of /reviews/:id; anything but digits is a 404. */
export function parseReviewId(raw: string): number {
  return parseId(raw, reviewNotFound);
}

export function reviewNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no review with id ${id}.`);
}
