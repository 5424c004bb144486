// Queries on the products table, written with drizzle's query builder. The aggregates are
// written only by reviews/repository.ts, inside the transaction of each review write.
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import type { CreateProductInput } from './validation.js';

/** TODO (Task 1): insert and return the new row; every counter starts at 0. */
export function insertProduct(db: Db, input: CreateProductInput): ProductRow {
  void [db, input];
  throw new Error('Not implemented: insertProduct (Task 1)');
}

/** TODO (Task 1): the row with this id, or undefined. */
export function findProductById(db: Db, id: number): ProductRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findProductById (Task 1)');
}
