// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// The columns are given (the API shows them). The RULES are yours: without them, nothing stops
// a negative stock, two products with one SKU, or a line for a product that does not exist.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    priceCents: integer('price_cents').notNull(),
    stock: integer('stock').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // TODO (Task 1): a unique index on sku, and CHECK constraints: stock >= 0, price_cents >= 0.
  // check('name', sql`${table.stock} >= 0`) comes from drizzle-orm/sqlite-core, sql from drizzle-orm.
  () => [],
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
  // TODO (Task 1): `enum` only types the column in TypeScript: add a CHECK that status is one of them.
  () => [],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    // TODO (Task 1): both ids are foreign keys: .references(() => orders.id, { onDelete: 'cascade' })
    // and .references(() => products.id).
    orderId: integer('order_id').notNull(),
    productId: integer('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceCents: integer('unit_price_cents').notNull(),
  },
  // TODO (Task 1): primaryKey({ columns: [table.orderId, table.productId] }), and a CHECK quantity > 0.
  () => [],
);

export type ProductRow = typeof products.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
