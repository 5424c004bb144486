// Its own names and keys: saved_links, labels and link_labels, the link table with no primary
// key but a unique index over the pair (the Interface allows either), the CHECK written with GLOB.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const bookmarks = sqliteTable(
  'saved_links',
  {
    id: integer('link_id').primaryKey(),
    url: text('href').notNull(),
    title: text('label').notNull(),
    createdAt: integer('saved_ms', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('saved_links_href').on(t.url)],
);

export const tags = sqliteTable(
  'labels',
  {
    id: integer('label_id').primaryKey(),
    name: text('label_text').notNull(),
  },
  (t) => [
    uniqueIndex('labels_text').on(t.name),
    check('label_text_valid', sql`${t.name} <> '' AND length(${t.name}) <= 30 AND ${t.name} NOT GLOB '*[, ]*'`),
  ],
);

export const bookmarkTags = sqliteTable(
  'link_labels',
  {
    bookmarkId: integer('link_ref')
      .notNull()
      .references(() => bookmarks.id, { onDelete: 'cascade' }),
    tagId: integer('label_ref')
      .notNull()
      .references(() => tags.id),
  },
  (t) => [uniqueIndex('link_labels_pair').on(t.bookmarkId, t.tagId)],
);

export type BookmarkRow = typeof bookmarks.$inferSelect;
