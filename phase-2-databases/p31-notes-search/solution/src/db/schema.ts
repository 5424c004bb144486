// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
//
// Only the notes table is declared here. Its search index (the FTS5 virtual table notes_fts and
// the triggers that keep it in sync) is SQL that drizzle-kit cannot generate from a schema: it
// lives in the custom migration drizzle/0001_notes_search.sql.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable('notes', {
  // INTEGER PRIMARY KEY is the table's rowid, which the search index refers to
  // (content_rowid='id'). AUTOINCREMENT: the id of a deleted note is never handed out again.
  id: integer().primaryKey({ autoIncrement: true }),
  title: text().notNull(),
  body: text().notNull(),
  // Milliseconds since 1970 in INTEGER columns; drizzle turns them into Date objects and back.
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A row of the notes table as drizzle returns it. */
export type NoteRow = typeof notes.$inferSelect;
