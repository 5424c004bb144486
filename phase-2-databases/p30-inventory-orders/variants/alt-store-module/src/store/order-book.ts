// Orders. Placing one tries every conditional decrement first and rolls the whole transaction
// back when any line falls short: the database, not a read made earlier, decides what is short.
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { orderLines, orders, products, type OrderRow } from '../db/schema.js';
import type { Page } from '../validation.js';
import type { OrderLineInput } from '../orders/validation.js';

export interface LineView {
  productId: number;
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface OrderWithLines {
  order: OrderRow;
  lines: LineView[];
}

export type Placement =
  | { status: 'placed'; view: OrderWithLines }
  | { status: 'missing'; productIds: number[] }
  | { status: 'out_of_stock'; short: Array<{ productId: number; requested: number; available: number }> };

export type Cancellation = { status: 'cancelled'; view: OrderWithLines } | { status: 'missing' } | { status: 'already_cancelled' };

/** Thrown inside a transaction to roll it back and carry the refusal out. */
class Refused {
  constructor(readonly result: Exclude<Placement, { status: 'placed' }>) {}
}

type Reader = Pick<Db, 'select'>;

/** The lines of several orders in one query, grouped by order id, each group by product id. */
function linesOf(db: Reader, orderIds: number[]): Map<number, LineView[]> {
  const grouped = new Map<number, LineView[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return grouped;
  const rows = db
    .select({ orderId: orderLines.orderId, productId: orderLines.productId, sku: products.sku, quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(orderLines.orderId), asc(orderLines.productId))
    .all();
  for (const { orderId, ...line } of rows) grouped.get(orderId)!.push(line);
  return grouped;
}

export function place(db: Db, wanted: OrderLineInput[], at: Date): Placement {
  try {
    return db.transaction((tx) => {
      const short: Array<{ productId: number; requested: number; available: number }> = [];
      const missing: number[] = [];
      const prices = new Map<number, number>();
      for (const line of wanted) {
        const taken = tx.get<{ price_cents: number } | undefined>(
          sql`UPDATE products SET stock = stock - ${line.quantity}, version = version + 1, updated_at = ${at.getTime()}
              WHERE id = ${line.productId} AND stock >= ${line.quantity} RETURNING price_cents`,
        );
        if (taken) {
          prices.set(line.productId, taken.price_cents);
          continue;
        }
        const product = tx.select({ stock: products.stock }).from(products).where(eq(products.id, line.productId)).get();
        if (!product) missing.push(line.productId);
        else short.push({ productId: line.productId, requested: line.quantity, available: product.stock });
      }
      if (missing.length > 0) throw new Refused({ status: 'missing', productIds: missing });
      if (short.length > 0) throw new Refused({ status: 'out_of_stock', short });
      const totalCents = wanted.reduce((sum, line) => sum + line.quantity * prices.get(line.productId)!, 0);
      const order = tx.insert(orders).values({ status: 'placed', totalCents, createdAt: at, cancelledAt: null }).returning().get();
      for (const line of wanted) {
        tx.insert(orderLines).values({ orderId: order.id, productId: line.productId, quantity: line.quantity, unitPriceCents: prices.get(line.productId)! }).run();
      }
      return { status: 'placed' as const, view: { order, lines: linesOf(tx, [order.id]).get(order.id)! } };
    }, { behavior: 'immediate' });
  } catch (error) {
    // The refusal's own decrements were undone by the rollback; nothing of it was written.
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

export function byId(db: Db, id: number): OrderWithLines | undefined {
  const order = db.select().from(orders).where(eq(orders.id, id)).get();
  return order ? { order, lines: linesOf(db, [id]).get(id)! } : undefined;
}

export function newestFirst(db: Db, page: Page): { views: OrderWithLines[]; total: number } {
  const rows = db.select().from(orders).orderBy(desc(orders.createdAt), desc(orders.id)).limit(page.limit).offset(page.offset).all();
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM orders`).n;
  const lines = linesOf(db, rows.map((row) => row.id));
  return { views: rows.map((order) => ({ order, lines: lines.get(order.id)! })), total };
}

/** Flips the status first (only a placed order flips), then gives every line back in one UPDATE. */
export function cancel(db: Db, id: number, at: Date): Cancellation {
  return db.transaction((tx) => {
    const flipped = tx
      .update(orders)
      .set({ status: 'cancelled', cancelledAt: at })
      .where(sql`${orders.id} = ${id} AND ${orders.status} = 'placed'`)
      .returning()
      .get();
    if (!flipped) {
      const exists = tx.select({ id: orders.id }).from(orders).where(eq(orders.id, id)).get();
      return exists ? ({ status: 'already_cancelled' } as const) : ({ status: 'missing' } as const);
    }
    tx.run(sql`UPDATE products
      SET stock = stock + (SELECT quantity FROM order_lines WHERE order_id = ${id} AND product_id = products.id),
          version = version + 1, updated_at = ${at.getTime()}
      WHERE id IN (SELECT product_id FROM order_lines WHERE order_id = ${id})`);
    return { status: 'cancelled' as const, view: { order: flipped, lines: linesOf(tx, [id]).get(id)! } };
  }, { behavior: 'immediate' });
}
