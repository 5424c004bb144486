// Every query on the products table, written with drizzle's query builder and its sql``
// template (never by gluing strings into SQL: SPEC.md explains why).
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import type { Cursor } from './cursor.js';
import type { ListQuery } from './validation.js';

export interface ProductPage {
  rows: ProductRow[];
  /** The cursor position after the last row, or undefined when no matching row follows. */
  next: Cursor | undefined;
}

/**
 * TODO (Task 3): one page of products matching the filters, by id; fetch limit + 1 rows to know
 * whether a next page exists.
 * TODO (Task 4): order by the sort's column, then by id, in the sort's direction.
 * TODO (Task 5): after a cursor, the rows that come after (v, id) in that order.
 */
export function listProducts(db: Db, query: ListQuery): ProductPage {
  void [db, query];
  throw new Error('Not implemented: listProducts (Task 3)');
}

/** TODO (Task 2): the row with this id, or undefined. */
export function findProductById(db: Db, id: number): ProductRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findProductById (Task 2)');
}

export interface CategoryCount {
  category: string;
  count: number;
}

/** TODO (Task 2): each category that has products, with how many, ordered by category. */
export function countByCategory(db: Db): CategoryCount[] {
  void db;
  throw new Error('Not implemented: countByCategory (Task 2)');
}
