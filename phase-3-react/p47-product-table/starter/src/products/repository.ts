// The queries of the products table (SPEC.md, Tasks 1 and 2). A suggested structure: change it as you like.
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import type { ListQuery, NewProduct } from './validation.js';

export interface ProductPage {
  rows: ProductRow[];
  /** How many products match the filters, on every page. */
  total: number;
}

/**
 * TODO (Task 1): one page in the default order and the total count. TODO (Task 2): the sort from
 * a whitelist with the id tie-break, and the filters (SPEC.md says what each one matches).
 */
export function listProducts(db: Db, query: ListQuery): ProductPage {
  void [db, query];
  throw new Error('Not implemented: listProducts (Tasks 1 and 2)');
}

export function insertProduct(db: Db, product: NewProduct): ProductRow {
  void [db, product];
  throw new Error('Not implemented: insertProduct (Task 1)');
}
