// Orders and the stock they reserve. Placing and cancelling an order write several rows (the
// order, its lines, one product per line): each is one transaction, so either every write
// happens or none does, and nobody ever sees half an order.
import { and, asc, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { orderLines, orders, products, type OrderRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { OrderLineInput } from './validation.js';

/** A line as stored, with the product's SKU for display. */
export interface OrderLineView {
  productId: number;
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface OrderView {
  order: OrderRow;
  lines: OrderLineView[];
}

/** One line the stock cannot cover. */
export interface ShortLine {
  productId: number;
  requested: number;
  available: number;
}

export type PlaceResult =
  | { status: 'placed'; view: OrderView }
  | { status: 'missing'; productIds: number[] }
  | { status: 'out_of_stock'; short: ShortLine[] };

export type CancelResult = { status: 'cancelled'; view: OrderView } | { status: 'missing' } | { status: 'already_cancelled' };

/**
 * BEGIN IMMEDIATE takes SQLite's write lock before the first read, so the stock this
 * transaction checks is the stock it then changes, even with another connection on the file.
 */
const WRITE_TRANSACTION = { behavior: 'immediate' } as const;

const nextVersion = sql`${products.version} + 1`;

/**
 * Reserves the stock of every line and records the order, all or nothing. Nothing is written
 * when a product is unknown or any line is short; every short line is reported at once.
 */
export function placeOrder(db: Db, lines: OrderLineInput[], now: Date): PlaceResult {
  return db.transaction((tx) => {
    const ids = lines.map((line) => line.productId);
    const found = new Map(tx.select().from(products).where(inArray(products.id, ids)).all().map((row) => [row.id, row]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) return { status: 'missing', productIds: missing };

    const short = lines
      .map((line) => ({ productId: line.productId, requested: line.quantity, available: found.get(line.productId)!.stock }))
      .filter((line) => line.requested > line.available);
    if (short.length > 0) return { status: 'out_of_stock', short };

    for (const line of lines) {
      // The guard `stock >= quantity` repeats the check in SQL: if it ever fails, the CHECK
      // constraint or this error rolls the whole order back.
      const { changes } = tx
        .update(products)
        .set({ stock: sql`${products.stock} - ${line.quantity}`, version: nextVersion, updatedAt: now })
        .where(and(eq(products.id, line.productId), gte(products.stock, line.quantity)))
        .run();
      if (changes !== 1) throw new Error(`stock of product ${line.productId} changed during the order`);
    }

    const totalCents = lines.reduce((sum, line) => sum + line.quantity * found.get(line.productId)!.priceCents, 0);
    const order = tx.insert(orders).values({ status: 'placed', totalCents, createdAt: now }).returning().get();
    tx.insert(orderLines)
      .values(lines.map((line) => ({ orderId: order.id, productId: line.productId, quantity: line.quantity, unitPriceCents: found.get(line.productId)!.priceCents })))
      .run();
    return { status: 'placed', view: { order, lines: findLines(tx, order.id) } };
  }, WRITE_TRANSACTION);
}

/** The lines of an order, by product id. Takes a transaction too: anything that can select. */
function findLines(db: Pick<Db, 'select'>, orderId: number): OrderLineView[] {
  return db
    .select({ productId: orderLines.productId, sku: products.sku, quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.productId))
    .all();
}

export function findOrder(db: Db, id: number): OrderView | undefined {
  const order = db.select().from(orders).where(eq(orders.id, id)).get();
  return order && { order, lines: findLines(db, id) };
}

/** One page of orders, newest first (the id breaks ties between orders of the same instant). */
export function listOrders(db: Db, page: Page): { views: OrderView[]; total: number } {
  const rows = db.select().from(orders).orderBy(desc(orders.createdAt), desc(orders.id)).limit(page.limit).offset(page.offset).all();
  const { total } = db.select({ total: count() }).from(orders).get()!;
  return { views: rows.map((order) => ({ order, lines: findLines(db, order.id) })), total };
}

/** Gives every line's stock back and marks the order cancelled, all or nothing. */
export function cancelOrder(db: Db, id: number, now: Date): CancelResult {
  return db.transaction((tx) => {
    const order = tx.select().from(orders).where(eq(orders.id, id)).get();
    if (!order) return { status: 'missing' };
    if (order.status === 'cancelled') return { status: 'already_cancelled' };
    for (const line of findLines(tx, id)) {
      // Giving stock back is not an edit of the product, so the version stays.
      tx.update(products)
        .set({ stock: sql`${products.stock} + ${line.quantity}`, updatedAt: now })
        .where(eq(products.id, line.productId))
        .run();
    }
    const cancelled = tx.update(orders).set({ status: 'cancelled', cancelledAt: now }).where(eq(orders.id, id)).returning().get();
    return { status: 'cancelled', view: { order: cancelled, lines: findLines(tx, id) } };
  }, WRITE_TRANSACTION);
}
