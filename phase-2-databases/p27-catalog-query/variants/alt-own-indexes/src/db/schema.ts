// The products table the spec fixes, with indexes of its own: each spells out the id tie-break
// as a second column (the solution relies on the rowid that every index entry ends with), and
// categories are counted from a category-only index.
import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    priceCents: integer('price_cents').notNull(),
    rating: real('rating').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    check('price_not_negative', sql`${t.priceCents} >= 0`),
    check('rating_zero_to_five', sql`${t.rating} >= 0 AND ${t.rating} <= 5`),
    index('by_price_then_id').on(t.priceCents, t.id),
    index('by_rating_then_id').on(t.rating, t.id),
    index('by_created_then_id').on(t.createdAt, t.id),
    index('by_category_price_id').on(t.category, t.priceCents, t.id),
  ],
);

export type ProductRow = typeof products.$inferSelect;
