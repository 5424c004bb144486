// Queries on the products table. The aggregates (reviewCount, ratingSum, stars1..stars5) are
// written only by reviews/repository.ts, inside the transaction of each review write.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { CreateProductInput } from './validation.js';

/** A new product starts with every counter at 0 (the columns' defaults). */
export function insertProduct(db: Db, input: CreateProductInput): ProductRow {
  return db.insert(products).values(input).returning().get();
}

export function findProductById(db: Db, id: number): ProductRow | undefined {
  return db.select().from(products).where(eq(products.id, id)).get();
}
