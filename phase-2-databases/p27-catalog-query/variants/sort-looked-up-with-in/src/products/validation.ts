// Turns the untrusted query string and path of a request into typed values, or throws the
// 400/404 the client should see. Nothing unchecked gets past this file.
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';
import { decodeCursor, type Cursor } from './cursor.js';
import { DEFAULT_SORT, SORT_NAMES, type SortName } from './sorts.js';

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

const text = z.string().min(1, 'must not be empty').max(MAX_TEXT_LENGTH);

// strictObject: an unknown parameter (a typo such as `maxprice`) is an error, not silently
// dropped, which would answer a different question than the one asked. A repeated parameter
// arrives as an array and fails `z.string()`.
/** The whitelist as a lookup table. */
const ALLOWED_SORTS: Record<string, true> = Object.fromEntries(SORT_NAMES.map((name) => [name, true]));

const listQuery = z.strictObject({
  category: text.optional(),
  q: text.optional(),
  minPrice: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  maxPrice: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  sort: z
    .string()
    .refine((name) => name in ALLOWED_SORTS, `must be one of ${SORT_NAMES.join(', ')}`)
    .transform((name) => name as SortName)
    .default(DEFAULT_SORT),
  limit: wholeNumber(1, MAX_LIMIT).default(DEFAULT_LIMIT),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  cursor: z.string().min(1, 'must not be empty').optional(),
});

/** One entry per problem, named after the query parameter. */
function toDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: 'is not a parameter of this route' }))
      : [{ field: issue.path.join('.') || 'query', message: issue.message }],
  );
}

function invalid(details: FieldProblem[]): HttpError {
  const message = details.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new HttpError(400, 'validation_failed', message, details);
}

/** The query of GET /products: filters, sort, page size and where the page starts. */
export function parseListQuery(query: unknown): ListQuery {
  const result = listQuery.safeParse(query);
  if (!result.success) throw invalid(toDetails(result.error));
  const { category, q, minPrice, maxPrice, sort, limit, offset, cursor } = result.data;
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    throw invalid([{ field: 'minPrice', message: 'must not be greater than maxPrice' }]);
  }
  if (offset !== undefined && cursor !== undefined) {
    throw invalid([{ field: 'cursor', message: 'cannot be combined with offset: use one or the other' }]);
  }
  const start: PageStart = cursor === undefined ? { offset: offset ?? 0 } : { after: decodeCursor(cursor, sort) };
  return { filters: { category, q, minPrice, maxPrice }, sort, limit, start };
}

/**
 * The :id of /products/:id. Ids are positive integers written in digits; anything else
 * ("abc", "1.5", "1 OR 1=1") cannot name a product, so it is a 404 like an unknown id.
 */
export function parseProductId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw productNotFound(raw);
  return Number(raw);
}

export function productNotFound(id: string | number): HttpError {
  return new HttpError(404, 'not_found', `There is no product with id ${id}.`);
}
