// One table of sales. The Interface fixes the table's name and three columns; the rest is this
// design's: when the row was recorded, and the rules SQLite keeps.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const sales = sqliteTable(
  'sales',
  {
    saleId: integer('sale_id').primaryKey({ autoIncrement: true }),
    customer: text('customer').notNull(),
    amountCents: integer('amount_cents').notNull(),
    soldAt: integer('sold_at').notNull(),
    // When the row was written, by the app or by anyone else: SQLite fills it in.
    recordedAt: integer('recorded_at').notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    index('sales_by_instant').on(t.soldAt, t.customer),
    check('sales_amount_rule', sql`typeof(${t.amountCents}) = 'integer' AND ${t.amountCents} > 0`),
  ],
);

export type SaleRow = { id: number; customer: string; amountCents: number; soldAt: number };
