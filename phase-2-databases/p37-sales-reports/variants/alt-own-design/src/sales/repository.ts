// Sales written with drizzle; a batch is ONE multi-row INSERT, atomic as every SQL statement is.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sales, type SaleRow } from '../db/schema.js';

export interface NewSale {
  customer: string;
  amountCents: number;
  soldAt: number;
}

const shown = { id: sales.saleId, customer: sales.customer, amountCents: sales.amountCents, soldAt: sales.soldAt };

export function findSale(db: Db, id: number): SaleRow | undefined {
  return db.select(shown).from(sales).where(eq(sales.saleId, id)).get();
}

export function insertSale(db: Db, sale: NewSale): SaleRow {
  return db.insert(sales).values(sale).returning(shown).get();
}

export function insertSales(db: Db, batch: NewSale[]): SaleRow[] {
  // RETURNING gives the rows in the order of the VALUES list in practice; sort by id to be sure.
  return db.insert(sales).values(batch).returning(shown).all().sort((a, b) => a.id - b.id);
}
