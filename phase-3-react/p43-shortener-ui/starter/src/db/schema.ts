// The links and their clicks per day. drizzle-kit reads this file to generate the migrations in
// drizzle/: run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const links = sqliteTable('links', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a link needs (the table name `links` is fixed by SPEC.md's
  // Interface), and a unique index on the code in sqliteTable's third argument, as in p24.
});

export const dailyClicks = sqliteTable('daily_clicks', {
  // TODO (Task 2): a foreign key to links, the UTC day as text 'YYYY-MM-DD' and that day's clicks;
  // one row per link and day (the key that the upsert's ON CONFLICT recognises).
  linkId: integer('link_id').notNull(),
});

export type LinkRow = typeof links.$inferSelect;
export type NewLinkRow = typeof links.$inferInsert;
