// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query. The table and column
// names are fixed by SPEC.md (the grader fills the table with plain SQL).
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable('products', {
  // INTEGER PRIMARY KEY: the id is the rowid.
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): name and category (text), price_cents (integer), rating (real), created_at
  // (integer({ mode: 'timestamp_ms' })), all not null; the CHECK rules in sqliteTable's third
  // argument: (table) => [check('...', sql`${table.priceCents} >= 0`), ...].
  // TODO (Task 6): the indexes the documented queries need, in the same third argument.
});

/** A row of the products table as drizzle returns it. */
export type ProductRow = typeof products.$inferSelect;
