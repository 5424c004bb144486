// The products table. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable(
  'products',
  {
    // INTEGER PRIMARY KEY: the id is the rowid, the tie-break of every order.
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    category: text('category').notNull(),
    // Money in whole cents: integers compare and add exactly, floating-point euros do not.
    priceCents: integer('price_cents').notNull(),
  },
  (t) => [
    check('products_price_cents_check', sql`${t.priceCents} >= 0`),
    check('products_name_not_empty', sql`${t.name} <> ''`),
    // The table's usual questions: one category sorted by price, and every product by price.
    // An index entry ends with the rowid, so each already holds the id tie-break.
    index('products_category_price_idx').on(t.category, t.priceCents),
    index('products_price_idx').on(t.priceCents),
  ],
);

export type ProductRow = typeof products.$inferSelect;
