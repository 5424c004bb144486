// A schema of its own: articles and remarks, ids without AUTOINCREMENT (the SPEC lets a deleted
// id come back), the status rule written with OR, and its own index names.
// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const POST_STATUSES = ['draft', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const posts = sqliteTable(
  'articles',
  {
    id: integer('article_id').primaryKey(),
    title: text('headline').notNull(),
    slug: text('permalink').notNull(),
    // Markdown, stored exactly as written: rendering it is the front end's job.
    body: text('markdown').notNull(),
    // `enum` only narrows the TypeScript type; the CHECK below is what SQLite enforces.
    status: text('state', { enum: POST_STATUSES }).notNull(),
    // NULL until the post is first published; it never moves after that.
    publishedAt: integer('first_published_ms', { mode: 'timestamp_ms' }),
    createdAt: integer('made_ms', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('edited_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // A slug is a post's address: two posts may never share one, whatever code writes the row.
    uniqueIndex('articles_permalink_key').on(table.slug),
    // The database refuses any status but these two, even from a script that bypasses the API.
    check('articles_state_ok', sql`${table.status} = 'draft' OR ${table.status} = 'published'`),
  ],
);

export const comments = sqliteTable(
  'remarks',
  {
    id: integer('remark_id').primaryKey(),
    // The "many" side of 1-N: every comment belongs to exactly one post. REFERENCES makes SQLite
    // refuse a comment for a post that does not exist; ON DELETE CASCADE deletes a post's
    // comments in the same statement that deletes the post.
    postId: integer('article_ref')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    author: text('signed_by').notNull(),
    body: text('content').notNull(),
    createdAt: integer('made_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  // SQLite does not index a foreign key column by itself. Counting a post's comments, listing
  // them and cascading a delete all search by post_id: without this index, each reads every comment.
  (table) => [index('remarks_by_article').on(table.postId)],
);

/** A row of the posts table as drizzle returns it. */
export type PostRow = typeof posts.$inferSelect;
/** A row of the comments table as drizzle returns it. */
export type CommentRow = typeof comments.$inferSelect;
