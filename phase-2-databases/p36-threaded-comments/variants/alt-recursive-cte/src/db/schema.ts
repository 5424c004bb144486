// Adjacency lists only: each row names its parent and nothing else about its place in the tree.
// Depths, subtrees, ancestors and counts are computed at read time with recursive CTEs
// (src/store/), so a move is a single UPDATE of parent_id.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const discussions = sqliteTable('discussions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  subject: text('subject').notNull(),
  openedAt: integer('opened_at').notNull(),
});

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    threadId: integer('thread_id')
      .notNull()
      .references(() => discussions.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id),
    content: text('content'),
    // NULL while the comment is live; the time of the delete for a placeholder.
    removedAt: integer('removed_at'),
    postedAt: integer('posted_at').notNull(),
  },
  (t) => [index('comments_by_parent').on(t.parentId), index('comments_by_thread').on(t.threadId, t.postedAt)],
);

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => categories.id),
  },
  (t) => [index('categories_by_parent').on(t.parentId), check('no_self_parent', sql`parent_id <> id`)],
);

export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    headline: text('headline').notNull(),
  },
  (t) => [index('items_by_category').on(t.categoryId)],
);
