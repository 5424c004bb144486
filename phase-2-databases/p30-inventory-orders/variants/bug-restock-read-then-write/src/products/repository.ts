// Every query on the products table. A change never reads the row into JavaScript, edits it and
// writes it back: the condition and the arithmetic go into the UPDATE itself, so two requests
// cannot both act on the same stale copy.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { CreateProductInput, UpdateProductInput } from './validation.js';

/** What a conditional update found: the new row, a newer version, or no product at all. */
export type UpdateResult = { status: 'updated'; row: ProductRow } | { status: 'stale'; currentVersion: number } | { status: 'missing' };

/** Adds one to the version in SQL: the row's own value, not one read earlier. */
const nextVersion = sql`${products.version} + 1`;

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
 * Optimistic locking: `UPDATE ... WHERE id = ? AND version = ?`. When no row changed, a second
 * look tells a missing product from a stale version. Throws the unique violation of a taken SKU.
 */
export function updateProductIfVersion(db: Db, id: number, input: UpdateProductInput, now: Date): UpdateResult {
  const row = db
    .update(products)
    .set({ ...input.changes, version: nextVersion, updatedAt: now })
    .where(and(eq(products.id, id), eq(products.version, input.version)))
    .returning()
    .get();
  if (row) return { status: 'updated', row };
  const current = findProduct(db, id);
  return current ? { status: 'stale', currentVersion: current.version } : { status: 'missing' };
}

/** Adds `quantity` to the stock: reads the product, adds in JavaScript, writes the sum back. */
export function restockProduct(db: Db, id: number, quantity: number, now: Date): ProductRow | undefined {
  const current = findProduct(db, id);
  if (!current) return undefined;
  return db
    .update(products)
    .set({ stock: current.stock + quantity, version: current.version + 1, updatedAt: now })
    .where(eq(products.id, id))
    .returning()
    .get();
}
