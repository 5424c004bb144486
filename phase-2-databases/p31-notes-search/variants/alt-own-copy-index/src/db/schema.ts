// notes, with the columns the SPEC's Interface names, plus a revision counter of this design
// (it has a default, so a plain INSERT that does not know it still works).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable('notes', {
  id: integer('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  revision: integer('revision').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export type NoteRow = typeof notes.$inferSelect;
