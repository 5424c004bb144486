// The products table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable('products', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a product needs (SPEC.md, Task 1). Money in whole cents.
});

export type ProductRow = typeof products.$inferSelect;
