// Turns the untrusted query string and path of a request into typed values, or throws the
// 400/404 the client should see. Use zod (import { z } from 'zod'), as in p21.
import { HttpError } from '../errors.js';
import type { Cursor } from './cursor.js';
import type { SortName } from './sorts.js';

export interface ProductFilters {
  category?: string;
  /** Inclusive bounds, in cents. */
  minPrice?: number;
  maxPrice?: number;
  /** Part of the name, matched ignoring ASCII case. */
  q?: string;
}

/** Where a page starts: after skipping `offset` matches, or right after the cursor's product. */
export type PageStart = { offset: number } | { after: Cursor };

export interface ListQuery {
  filters: ProductFilters;
  sort: SortName;
  limit: number;
  start: PageStart;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const MAX_TEXT_LENGTH = 100;

// Every parse function throws new HttpError(400, 'validation_failed', message, details) for bad
// input, where details lists { field, message } for every problem (SPEC.md, Interface).

/**
 * TODO (Task 3): category and q (1 to 100 characters), minPrice and maxPrice (digits, minPrice
 * not above maxPrice), limit (1 to 100, default 20), offset (digits, default 0); unknown or
 * repeated parameters are errors.
 * TODO (Task 4): sort, one of SORT_NAMES from ./sorts.js (default 'id').
 * TODO (Task 5): cursor, decoded with decodeCursor; never together with offset.
 */
export function parseListQuery(query: unknown): ListQuery {
  void query;
  throw new Error('Not implemented: parseListQuery (Task 3)');
}

/** TODO (Task 2): the :id of /products/:id; anything but digits throws productNotFound(raw). */
export function parseProductId(raw: string): number {
  void raw;
  throw new Error('Not implemented: parseProductId (Task 2)');
}

export function productNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no product with id ${id}.`);
}
