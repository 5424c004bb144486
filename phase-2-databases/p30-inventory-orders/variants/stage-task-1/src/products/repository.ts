// Every query on the products table. A change never reads the row into JavaScript, edits it and
// writes it back: the condition and the arithmetic go into the UPDATE itself, so two requests
// cannot both act on the same stale copy.
import type { Db } from '../db/client.js';
import type { ProductRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { CreateProductInput, UpdateProductInput } from './validation.js';

/** What a conditional update found: the new row, a newer version, or no product at all. */
export type UpdateResult = { status: 'updated'; row: ProductRow } | { status: 'stale'; currentVersion: number } | { status: 'missing' };

/** TODO (Task 2): insert at version 1 and return the new row; createdAt = updatedAt = now. A taken SKU throws (the unique index). */
export function insertProduct(db: Db, input: CreateProductInput, now: Date): ProductRow {
  void [db, input, now];
  throw new Error('Not implemented: insertProduct (Task 2)');
}

/** TODO (Task 2): the product with this id, or undefined. */
export function findProduct(db: Db, id: number): ProductRow | undefined {
  void [db, id];
  throw new Error('Not implemented: findProduct (Task 2)');
}

/** TODO (Task 2): the product with this (upper-cased) SKU, or undefined. */
export function findProductBySku(db: Db, sku: string): ProductRow | undefined {
  void [db, sku];
  throw new Error('Not implemented: findProductBySku (Task 2)');
}

/** TODO (Task 2): one page of products in id order, and how many there are in all. */
export function listProducts(db: Db, page: Page): { rows: ProductRow[]; total: number } {
  void [db, page];
  throw new Error('Not implemented: listProducts (Task 2)');
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
