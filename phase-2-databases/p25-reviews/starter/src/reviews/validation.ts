// Turns untrusted input about reviews (JSON bodies, query strings, path segments) into typed
// values, or throws the 400/404 the client should see. Use zod and validate(), wholeNumber()
// from ../validate.js.
import { z } from 'zod';
import { HttpError } from '../errors.js';
import { parseId } from '../validate.js';

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
 * A username (a review's author, a vote's voter).
 * TODO (Task 2): lower-case first (.transform), then test USERNAME_PATTERN (.pipe(z.string().regex(...))).
 */
export const username = z.string();

/** TODO (Task 2): author, rating (z.number().int(), 1 to 5), title and body required; nothing else allowed. */
export function parseCreateReview(body: unknown): CreateReviewInput {
  void body;
  throw new Error('Not implemented: parseCreateReview (Task 2)');
}

/** TODO (Task 5): rating, title, body, each optional, at least one; nothing else allowed. */
export function parseUpdateReview(body: unknown): UpdateReviewInput {
  void body;
  throw new Error('Not implemented: parseUpdateReview (Task 5)');
}

/** TODO (Task 4): sort one of SORTS (default newest), limit 1 to 100 (default 20), offset 0 or more (default 0). */
export function parseReviewQuery(query: unknown): ReviewQuery {
  void query;
  throw new Error('Not implemented: parseReviewQuery (Task 4)');
}

/** The :id of /reviews/:id; anything but digits is a 404. */
export function parseReviewId(raw: string): number {
  return parseId(raw, reviewNotFound);
}

export function reviewNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no review with id ${id}.`);
}
