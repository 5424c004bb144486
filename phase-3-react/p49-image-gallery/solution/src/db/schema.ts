// The images table: one row per stored image. The bytes live in a file beside the database
// (see images/store.ts); the row says which file, and what the bytes are.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const images = sqliteTable(
  'images',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    /** The type told by the bytes (image/png, image/jpeg, image/gif, image/webp). */
    type: text('type').notNull(),
    size: integer('size').notNull(),
    /** The file's name in the images folder: a random UUID, never anything the client sent. */
    storedAs: text('stored_as').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('images_title_not_empty', sql`${t.title} <> ''`), index('images_newest_first').on(t.createdAt, t.id)],
);

export type ImageRow = typeof images.$inferSelect;
