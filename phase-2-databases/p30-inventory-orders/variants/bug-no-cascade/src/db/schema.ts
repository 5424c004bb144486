// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query. The rules that keep the
// stock honest live here, in the database, so that no code path can break them.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored upper-cased by the API, so the unique index is case-insensitive in effect.
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    priceCents: integer('price_cents').notNull(),
    stock: integer('stock').notNull(),
    // Optimistic locking: every change to the row adds one, so a client that read version 3
    // can ask "update only if it is still 3" and learn when someone else got there first.
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('products_sku_unique').on(table.sku),
    // The last line of defence against overselling: whatever code runs, SQLite refuses a
    // negative stock and the whole transaction that tried it is rolled back.
    check('products_stock_not_negative', sql`${table.stock} >= 0`),
    check('products_price_not_negative', sql`${table.priceCents} >= 0`),
  ],
);

export const ORDER_STATUSES = ['placed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    totalCents: integer('total_cents').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
  },
  // `enum` above only types the column in TypeScript; the CHECK makes SQLite refuse other values.
  (table) => [check('orders_status_known', sql`${table.status} IN ('placed', 'cancelled')`)],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    // No cascade here: a product that was sold cannot disappear from under its orders.
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    quantity: integer('quantity').notNull(),
    // Copied when the order is placed: a later price change must not rewrite old orders.
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  (table) => [
    // One line per product in an order; the pair is also the row's identity.
    primaryKey({ columns: [table.orderId, table.productId] }),
    check('order_lines_quantity_positive', sql`${table.quantity} > 0`),
  ],
);

export type ProductRow = typeof products.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
