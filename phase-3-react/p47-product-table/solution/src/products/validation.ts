// Turns untrusted input into typed values, or throws the 400 the client should see: a body of
// POST /api/products (validation_failed) and the query string of GET /api/products (invalid_query).
import { z } from 'zod';
import { HttpError, type FieldProblem } from '../errors.js';
import { CATEGORIES, DEFAULT_PAGE_SIZE, MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PRICE_CENTS, MAX_QUERY_LENGTH, ORDERS, SORT_FIELDS, type Category, type Order, type SortField } from './catalog.js';

export interface NewProduct {
  name: string;
  category: Category;
  priceCents: number;
}

export interface ProductFilters {
  category?: Category;
  /** Part of the name, matched ignoring the case of A-Z. */
  q?: string;
  /** Inclusive bounds, in cents. */
  minPrice?: number;
  maxPrice?: number;
}

export interface ListQuery {
  page: number;
  pageSize: number;
  sort: SortField;
  order: Order;
  filters: ProductFilters;
}

const newProduct = z.strictObject({
  // Trimmed before it is checked and stored: "  Desk lamp " is "Desk lamp".
  name: z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().min(1).max(MAX_NAME_LENGTH)),
  category: z.enum(CATEGORIES),
  priceCents: z.number().int().min(0).max(MAX_PRICE_CENTS),
});

// zod's own messages ("Too small: expected string to have >=1 characters", "Invalid option:
// expected one of ...") say what is wrong well enough for the developer who reads them: this API's
// errors go to the code that builds the query, not to a person at the page.

/**
 * A query parameter holding a whole number. Query values are strings, and Number() is too
 * forgiving ("1e3", "0x10", " 7", "" all become numbers), so only plain digits are accepted.
 */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

// strictObject: an unknown parameter (a typo such as `maxprice`, or `sort[]`) is an error rather
// than silently dropped. A repeated parameter arrives as an array and fails `z.string()`.
const listQuery = z.strictObject({
  page: wholeNumber(1, Number.MAX_SAFE_INTEGER).default(1),
  pageSize: wholeNumber(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  sort: z.enum(SORT_FIELDS).default('name'),
  order: z.enum(ORDERS).default('asc'),
  category: z.enum(CATEGORIES).optional(),
  q: z.string().min(1).max(MAX_QUERY_LENGTH).optional(),
  minPrice: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
  maxPrice: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
});

/** One entry per problem, named after the field or query parameter. */
function toDetails(error: z.ZodError, unknownMessage: string): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: key, message: unknownMessage }))
      : [{ field: String(issue.path[0] ?? 'body'), message: issue.message }],
  );
}

function sentence(details: FieldProblem[]): string {
  return details.map((d) => `${d.field}: ${d.message}`).join('; ');
}

export function parseNewProduct(body: unknown): NewProduct {
  const result = newProduct.safeParse(body);
  if (result.success) return result.data;
  const details = toDetails(result.error, 'is not a known field');
  throw new HttpError(400, 'validation_failed', sentence(details), details);
}

function invalidQuery(details: FieldProblem[]): HttpError {
  return new HttpError(400, 'invalid_query', sentence(details), details);
}

/** The query string of GET /api/products: every parameter checked, every problem reported. */
export function parseListQuery(query: unknown): ListQuery {
  const result = listQuery.safeParse(query);
  if (!result.success) throw invalidQuery(toDetails(result.error, 'is not a parameter of this route'));
  const { page, pageSize, sort, order, category, q, minPrice, maxPrice } = result.data;
  // Checked once both are well-formed; a missing bound is no bound at all.
  if ((minPrice ?? 0) > (maxPrice ?? Number.MAX_SAFE_INTEGER)) {
    throw invalidQuery([{ field: 'minPrice', message: 'must not be greater than maxPrice' }]);
  }
  return { page, pageSize, sort, order, filters: { category, q, minPrice, maxPrice } };
}
