// Orders and the stock they reserve. Placing and cancelling an order write several rows (the
// order, its lines, one product per line): each is one transaction, so either every write
// happens or none does, and nobody ever sees half an order.
import type { Db } from '../db/client.js';
import type { OrderRow } from '../db/schema.js';
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
 * TODO (Task 4): in ONE db.transaction((tx) => ..., { behavior: 'immediate' }):
 * load the products of the lines (inArray), return 'missing' with the unknown ids, return
 * 'out_of_stock' with EVERY short line, else take the stock in SQL (stock = stock - quantity,
 * version + 1), insert the order (totalCents) and its lines (unit price copied) and return it.
 */
export function placeOrder(db: Db, lines: OrderLineInput[], now: Date): PlaceResult {
  void [db, lines, now];
  throw new Error('Not implemented: placeOrder (Task 4)');
}

/** TODO (Task 5): the order and its lines (with each product's sku, by product id), or undefined. */
export function findOrder(db: Db, id: number): OrderView | undefined {
  void [db, id];
  throw new Error('Not implemented: findOrder (Task 5)');
}

/** TODO (Task 5): one page of orders, newest first (createdAt, then id, descending), and the total. */
export function listOrders(db: Db, page: Page): { views: OrderView[]; total: number } {
  void [db, page];
  throw new Error('Not implemented: listOrders (Task 5)');
}

/**
 * TODO (Task 5): in ONE transaction: 'missing', 'already_cancelled', or give every line's stock
 * back (stock + quantity, version + 1) and set status 'cancelled' and cancelledAt = now.
 */
export function cancelOrder(db: Db, id: number, now: Date): CancelResult {
  void [db, id, now];
  throw new Error('Not implemented: cancelOrder (Task 5)');
}
