// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const POST_STATUSES = ['draft', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    // Markdown, stored exactly as written: rendering it is the front end's job.
    body: text('body').notNull(),
    // `enum` only narrows the TypeScript type; the CHECK below is what SQLite enforces.
    status: text('status', { enum: POST_STATUSES }).notNull(),
    // NULL until the post is first published; it never moves after that.
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // A slug is a post's address: two posts may never share one, whatever code writes the row.
    uniqueIndex('posts_slug_unique').on(table.slug),
    // The database refuses any status but these two, even from a script that bypasses the API.
    check('posts_status_check', sql`${table.status} IN ('draft', 'published')`),
  ],
);

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // The "many" side of 1-N: every comment belongs to exactly one post. REFERENCES makes SQLite
    // refuse a comment for a post that does not exist; ON DELETE CASCADE deletes a post's
    // comments in the same statement that deletes the post.
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    author: text('author').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // SQLite does not index a foreign key column by itself. Counting a post's comments, listing
  // them and cascading a delete all search by post_id: without this index, each reads every comment.
  (table) => [index('comments_post_id_idx').on(table.postId)],
);

/** A row of the posts table as drizzle returns it. */
export type PostRow = typeof posts.$inferSelect;
/** A row of the comments table as drizzle returns it. */
export type CommentRow = typeof comments.$inferSelect;
