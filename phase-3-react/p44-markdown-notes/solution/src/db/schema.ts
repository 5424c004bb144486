// The notes table. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable(
  'notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull().default(''),
    body: text('body').notNull().default(''),
    // Optimistic locking (p30): 1 when created, plus one on every successful save.
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('notes_version_positive', sql`${t.version} >= 1`), index('notes_updated_at_idx').on(t.updatedAt)],
);

export type NoteRow = typeof notes.$inferSelect;
