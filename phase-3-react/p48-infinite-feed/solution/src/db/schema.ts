// The posts table. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    author: text('author').notNull(),
    text: text('text').notNull(),
    // Milliseconds since 1970: many posts may share one value (the clock is injected).
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    check('posts_author_not_empty', sql`${t.author} <> ''`),
    check('posts_text_not_empty', sql`${t.text} <> ''`),
    // The feed's order, (created_at, id), read backwards: a page after a cursor is one index
    // search, however deep, and LIMIT stops after limit + 1 entries.
    index('posts_feed_idx').on(t.createdAt, t.id),
  ],
);

export type PostRow = typeof posts.$inferSelect;
