// Another design: other table and column names, createdAt kept as a plain number of ms.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const posts = sqliteTable(
  'feed_entries',
  {
    entryId: integer('entry_id').primaryKey({ autoIncrement: true }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    postedAtMs: integer('posted_at_ms').notNull(),
  },
  (t) => [index('feed_entries_order').on(t.postedAtMs, t.entryId)],
);

export type PostRow = typeof posts.$inferSelect;
