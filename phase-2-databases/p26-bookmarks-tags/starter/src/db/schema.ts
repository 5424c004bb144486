// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const bookmarks = sqliteTable('bookmarks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 2): url and title (text, not null), createdAt (integer({ mode: 'timestamp_ms' })).
  // TODO (Task 7): a unique index on url (sqliteTable's third argument).
});

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 3): name (text, not null), with a unique index.
  // TODO (Task 7): a CHECK constraint on name: 1 to 30 characters, no comma, no space.
});

// TODO (Task 2): the join table bookmark_tags: bookmarkId and tagId, each .references(...) its
// table with { onDelete: 'cascade' }, and primaryKey({ columns: [...] }) over the two.
export const bookmarkTags = sqliteTable('bookmark_tags', {
  bookmarkId: integer('bookmark_id').notNull(),
  tagId: integer('tag_id').notNull(),
});

export type BookmarkRow = typeof bookmarks.$inferSelect;
