// Another design of the catalogue: one table named catalog_items, with its own column names.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const items = sqliteTable('catalog_items', {
  id: integer('item_id').primaryKey(),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  cents: integer('cents').notNull(),
});

export type ProductRow = typeof items.$inferSelect;
