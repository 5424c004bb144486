// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const POST_STATUSES = ['draft', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): title, slug, body (text, not null); status (text({ enum: POST_STATUSES }),
  // not null); publishedAt (integer({ mode: 'timestamp_ms' }), NULL until first published);
  // createdAt and updatedAt (timestamp_ms, not null).
  // TODO (Task 1): sqliteTable's third argument, (table) => [...]: a uniqueIndex on slug and a
  // check() that status is 'draft' or 'published'.
});

export const comments = sqliteTable('comments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): postId, integer, not null, .references(() => posts.id, { onDelete: 'cascade' });
  // author and body (text, not null); createdAt (timestamp_ms, not null); and an index on postId.
});

/** A row of the posts table as drizzle returns it. */
export type PostRow = typeof posts.$inferSelect;
/** A row of the comments table as drizzle returns it. */
export type CommentRow = typeof comments.$inferSelect;
