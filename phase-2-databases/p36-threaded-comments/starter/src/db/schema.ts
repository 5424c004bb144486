// The database schema. drizzle-kit reads this file to generate the migrations in drizzle/, and
// drizzle-orm reads it to type every query.
//
// The columns below are the ones the Interface names (the grader reads them with plain SQL) and
// the few every design needs. TODO:
// - Task 1: the foreign keys: comments.thread_id to threads.id, comments.parent_id to
//   comments.id (SPEC Task 1 shows the `AnySQLiteColumn` annotation a self-reference needs);
// - Task 3: what a soft delete needs (the SPEC's "Delete comments");
// - Task 4: categories.parent_id to categories.id, items.category_id to categories.id, and the
//   CHECK that no category is its own parent;
// - if you keep materialised paths ("Two ways to store a tree"), a path column on each tree.
// Then `npx drizzle-kit generate --name create_trees` in your project folder.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const threads = sqliteTable('threads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const comments = sqliteTable('comments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  threadId: integer('thread_id').notNull(),
  // NULL for a comment on the thread itself.
  parentId: integer('parent_id'),
  body: text('body').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const categories = sqliteTable('categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  // NULL for a root category.
  parentId: integer('parent_id'),
});

export const items = sqliteTable('items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  categoryId: integer('category_id').notNull(),
  title: text('title').notNull(),
});

export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
