// Every query on the products table. A change never reads the row into JavaScript, edits it and
// writes it back: the condition and the arithmetic go into the UPDATE itself, so two requests
// cannot both act on the same stale copy.
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { CreateProductInput, UpdateProductInput } from './validation.js';

/** What a conditional update found: the new row, a newer version, or no product at all. */
export type UpdateResult = { status: 'updated'; row: ProductRow } | { status: 'stale'; currentVersion: number } | { status: 'missing' };

/** Inserts a product at version 1; throws the database's unique violation when the SKU is taken. */
export function insertProduct(db: Db, input: CreateProductInput, now: Date): ProductRow {
  return db
    .insert(products)
    .values({ ...input, version: 1, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function findProduct(db: Db, id: number): ProductRow | undefined {
  return db.select().from(products).where(eq(products.id, id)).get();
}

export function findProductBySku(db: Db, sku: string): ProductRow | undefined {
  return db.select().from(products).where(eq(products.sku, sku)).get();
}

/** One page of products in id order, and how many there are in all. */
export function listProducts(db: Db, page: Page): { rows: ProductRow[]; total: number } {
  const rows = db.select().from(products).orderBy(asc(products.id)).limit(page.limit).offset(page.offset).all();
  const { total } = db.select({ total: count() }).from(products).get()!;
  return { rows, total };
}

/**
 * TODO (Task 3): ONE `UPDATE products SET ..., version = version + 1 WHERE id = ? AND version = ?`
 * (drizzle: .set({ ...changes, version: sql`${products.version} + 1` }).where(and(...)).returning().get()).
 * No row back: look the product up to tell 'stale' (with its current version) from 'missing'.
 */
export function updateProductIfVersion(db: Db, id: number, input: UpdateProductInput, now: Date): UpdateResult {
  void [db, id, input, now];
  throw new Error('Not implemented: updateProductIfVersion (Task 3)');
}

/** TODO (Task 3): stock = stock + quantity and version + 1, in SQL; undefined when there is no such product. */
export function restockProduct(db: Db, id: number, quantity: number, now: Date): ProductRow | undefined {
  void [db, id, quantity, now];
  throw new Error('Not implemented: restockProduct (Task 3)');
}
