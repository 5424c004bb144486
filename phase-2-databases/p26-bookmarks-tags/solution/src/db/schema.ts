// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const bookmarks = sqliteTable(
  'bookmarks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    url: text('url').notNull(),
    title: text('title').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    // One bookmark per URL, whoever writes to the file.
    uniqueIndex('bookmarks_url_unique').on(table.url),
    // The list is newest first: this index serves ORDER BY created_at DESC, id DESC.
    index('bookmarks_created_at_idx').on(table.createdAt, table.id),
  ],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Always the normalised form (tags/normalise.ts), so a plain unique index is enough.
    name: text('name').notNull(),
  },
  (table) => [
    uniqueIndex('tags_name_unique').on(table.name),
    // The last line of defence for what the API also checks: a comma would break the
    // ?tags=a,b filter, a space means the name was not normalised. length() counts characters.
    check('tags_name_shape', sql`length(${table.name}) BETWEEN 1 AND 30 AND instr(${table.name}, ',') = 0 AND instr(${table.name}, ' ') = 0`),
  ],
);

/**
 * The N-N link: one row per (bookmark, tag). The composite primary key makes a second copy of a
 * link impossible; the foreign keys make a link to a missing bookmark or tag impossible, and
 * deleting a bookmark (or a tag) deletes its links with it.
 */
export const bookmarkTags = sqliteTable(
  'bookmark_tags',
  {
    bookmarkId: integer('bookmark_id')
      .notNull()
      .references(() => bookmarks.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.bookmarkId, table.tagId] }),
    // The primary key serves "the tags of a bookmark"; this index serves "the bookmarks of a tag".
    index('bookmark_tags_tag_idx').on(table.tagId),
  ],
);

export type BookmarkRow = typeof bookmarks.$inferSelect;
