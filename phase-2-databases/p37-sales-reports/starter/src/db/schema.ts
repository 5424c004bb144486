// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// The columns are given (the Interface names them). The RULE is yours: without it, nothing stops
// another program from writing a sale of 0 or -5 cents into the file.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const sales = sqliteTable(
  'sales',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customer: text('customer').notNull(),
    amountCents: integer('amount_cents').notNull(),
    // Milliseconds since 1970-01-01T00:00:00Z: an instant, no time zone.
    soldAt: integer('sold_at').notNull(),
  },
  // TODO (Task 1): a CHECK constraint that refuses amount_cents of 0 or less (check() from
  // drizzle-orm/sqlite-core, sql from drizzle-orm). Advice: an index on sold_at.
  () => [],
);

export type SaleRow = typeof sales.$inferSelect;
export type NewSaleRow = typeof sales.$inferInsert;
