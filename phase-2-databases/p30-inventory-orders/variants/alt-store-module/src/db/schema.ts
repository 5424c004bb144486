// The three tables of the Interface (names and columns fixed by SPEC.md), with their rules
// written as this implementation likes them: named constraints, the status rule as a list of
// OR'ed equalities, and the order line's identity as a named composite key.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    priceCents: integer('price_cents').notNull(),
    stock: integer('stock').notNull(),
    version: integer('version').notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('ux_products_sku').on(t.sku),
    check('ck_products_amounts', sql`${t.stock} >= 0 AND ${t.priceCents} >= 0`),
  ],
);

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey(),
    status: text('status').$type<'placed' | 'cancelled'>().notNull(),
    totalCents: integer('total_cents').notNull(),
    createdAt: timestamp('created_at').notNull(),
    cancelledAt: timestamp('cancelled_at'),
  },
  (t) => [check('ck_orders_status', sql`${t.status} = 'placed' OR ${t.status} = 'cancelled'`)],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  (t) => [primaryKey({ name: 'pk_order_lines', columns: [t.orderId, t.productId] }), check('ck_order_lines_quantity', sql`${t.quantity} >= 1`)],
);

export type ProductRow = typeof products.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
