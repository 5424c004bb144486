// The queries of sales. Every value goes to SQLite as a parameter (drizzle's query builder).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sales, type SaleRow } from '../db/schema.js';

/** A sale ready to be written: soldAt already resolved to an instant. */
export interface NewSale {
  customer: string;
  amountCents: number;
  soldAt: number;
}

/** The sale with this id, or undefined. */
export function findSale(db: Db, id: number): SaleRow | undefined {
  return db.select().from(sales).where(eq(sales.id, id)).get();
}

export function insertSale(db: Db, sale: NewSale): SaleRow {
  return db.insert(sales).values(sale).returning().get();
}

/**
 * All or nothing: a batch is one transaction, so a failure halfway (a CHECK, a full disk) leaves
 * no half-imported batch behind. One transaction is also much faster than one per row.
 */
export function insertSales(db: Db, batch: NewSale[]): SaleRow[] {
  return db.transaction((tx) => batch.map((sale) => tx.insert(sales).values(sale).returning().get()));
}
