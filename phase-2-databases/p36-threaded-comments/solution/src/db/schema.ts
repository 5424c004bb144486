// The database schema. drizzle-kit reads this file to generate the migrations in drizzle/, and
// drizzle-orm reads it to type every query.
//
// Both trees (the replies of a thread, the forum's categories) are stored twice over, on purpose:
// - `parent_id` is the adjacency list: each row names its parent. It is the truth the database
//   guards with a foreign key, and what a recursive CTE would walk.
// - `path` is a *materialised path*: the ids of every ancestor, root first, as text ('/' for a
//   top-level row, '/1/4/' for a child of 4 which is a child of 1). A whole subtree is then one
//   indexed `path LIKE '/1/4/9/%'`, the depth is the number of slashes, and the breadcrumbs are
//   the ids in it. The price: a move must rewrite the path of every descendant, in the same
//   transaction as the move.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const threads = sqliteTable('threads', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    // NULL for a comment on the thread itself. No cascade: a comment with replies is never
    // deleted, it becomes a placeholder (Task 3), so no reply loses its parent.
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id),
    path: text('path').notNull(),
    // Emptied when the comment is deleted but kept as a placeholder for its replies.
    body: text('body').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('comments_thread_path').on(table.threadId, table.path),
    index('comments_parent').on(table.parentId),
  ],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    // NULL for a root category.
    parentId: integer('parent_id').references((): AnySQLiteColumn => categories.id),
    path: text('path').notNull(),
  },
  (table) => [
    index('categories_path').on(table.path),
    index('categories_parent').on(table.parentId),
    // The one cycle a CHECK can see: a row that is its own parent. Longer cycles (A under B under
    // A) need a walk up the tree, which a CHECK cannot do and SQLite triggers cannot run (no WITH
    // in a trigger): the move in Task 5 refuses them.
    check('categories_not_own_parent', sql`${table.parentId} IS NULL OR ${table.parentId} <> ${table.id}`),
  ],
);

export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    title: text('title').notNull(),
  },
  (table) => [index('items_category').on(table.categoryId)],
);

export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type CategoryRow = typeof categories.$inferSelect;
