// The product catalogue. Every change is one SQL statement that does its own arithmetic and
// checks its own condition, run with the read that follows it in one immediate transaction, so
// the row handed back is the row this request wrote, whatever other processes do.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { products, type ProductRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { CreateProductInput, UpdateProductInput } from '../products/validation.js';

export type VersionedWrite = { status: 'updated'; row: ProductRow } | { status: 'stale'; currentVersion: number } | { status: 'missing' };

const IMMEDIATE = { behavior: 'immediate' } as const;

export function addProduct(db: Db, input: CreateProductInput, at: Date): ProductRow {
  const [row] = db.insert(products).values({ sku: input.sku, name: input.name, priceCents: input.priceCents, stock: input.stock, version: 1, createdAt: at, updatedAt: at }).returning().all();
  return row!;
}

export function productById(db: Db, id: number): ProductRow | undefined {
  return db.select().from(products).where(eq(products.id, id)).limit(1).all()[0];
}

export function productBySku(db: Db, sku: string): ProductRow | undefined {
  return db.select().from(products).where(eq(products.sku, sku)).limit(1).all()[0];
}

/** The page and the count in one go: count(*) OVER () rides along each row; an empty page counts apart. */
export function productPage(db: Db, page: Page): { rows: ProductRow[]; total: number } {
  const rows = db
    .select({ product: products, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(products)
    .orderBy(asc(products.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  if (rows.length > 0) return { rows: rows.map((r) => r.product), total: rows[0]!.total };
  const counted = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM products`);
  return { rows: [], total: counted.n };
}

export function writeIfVersion(db: Db, id: number, input: UpdateProductInput, at: Date): VersionedWrite {
  return db.transaction((tx) => {
    const { changes } = tx
      .update(products)
      .set({ ...input.changes, version: sql`${products.version} + 1`, updatedAt: at })
      .where(and(eq(products.id, id), eq(products.version, input.version)))
      .run();
    const row = tx.select().from(products).where(eq(products.id, id)).get();
    if (!row) return { status: 'missing' } as const;
    return changes === 1 ? ({ status: 'updated', row } as const) : ({ status: 'stale', currentVersion: row.version } as const);
  }, IMMEDIATE);
}

export function addStock(db: Db, id: number, quantity: number, at: Date): ProductRow | undefined {
  return db.transaction((tx) => {
    const { changes } = tx.run(sql`UPDATE products SET stock = stock + ${quantity}, version = version + 1, updated_at = ${at.getTime()} WHERE id = ${id}`);
    return changes === 1 ? tx.select().from(products).where(eq(products.id, id)).get() : undefined;
  }, IMMEDIATE);
}
