// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const sales = sqliteTable(
  'sales',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored exactly as sent: "Ana" and "ana" are two customers.
    customer: text('customer').notNull(),
    // Money in whole cents, never a float: sums stay exact.
    amountCents: integer('amount_cents').notNull(),
    // An instant, in milliseconds since 1970-01-01T00:00:00Z. No time zone is stored: a sale
    // happened at one moment, and which local day that moment belongs to depends on who asks.
    soldAt: integer('sold_at').notNull(),
  },
  (table) => [
    // Every report asks "the sales between two instants": this index finds them without reading
    // the whole table.
    index('sales_sold_at_idx').on(table.soldAt),
    // The database refuses what no report could make sense of, whoever writes the row.
    check('sales_amount_positive', sql`${table.amountCents} > 0`),
  ],
);

export type SaleRow = typeof sales.$inferSelect;
export type NewSaleRow = typeof sales.$inferInsert;
