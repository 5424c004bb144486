// The input rules of the products API: the body of POST /api/products (400 validation_failed)
// and the query string of GET /api/products (400 invalid_query). SPEC.md, Tasks 1 to 3.
import type { Category, Order, SortField } from './catalog.js';

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

/** TODO (Task 1): name, category and priceCents as SPEC.md's Task 1 says; details per field. */
export function parseNewProduct(body: unknown): NewProduct {
  void body;
  throw new Error('Not implemented: parseNewProduct (Task 1)');
}

/**
 * TODO (Task 1): page and pageSize. TODO (Task 2): sort, order and the filters. TODO (Task 3):
 * unknown, repeated and empty parameters; every problem listed in details (the Interface's table).
 */
export function parseListQuery(query: unknown): ListQuery {
  void query;
  throw new Error('Not implemented: parseListQuery (Tasks 1 to 3)');
}
