// The queries of sales. Every value goes to SQLite as a parameter (drizzle's query builder).
import type { Db } from '../db/client.js';
import type { SaleRow } from '../db/schema.js';

/** A sale ready to be written: soldAt already resolved to an instant. */
export interface NewSale {
  customer: string;
  amountCents: number;
  soldAt: number;
}

/** TODO (Task 1): the sale with this id, or undefined. */
export function findSale(db: Db, id: number): SaleRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findSale (Task 1)');
}

/** TODO (Task 1): insert one sale and return its row. */
export function insertSale(db: Db, sale: NewSale): SaleRow {
  void [db, sale];
  throw new Error('Not implemented: insertSale (Task 1)');
}

/** TODO (Task 1): insert every sale of a batch, all or nothing (SPEC.md Task 1), and return the rows in order. */
export function insertSales(db: Db, batch: NewSale[]): SaleRow[] {
  void [db, batch];
  throw new Error('Not implemented: insertSales (Task 1)');
}
