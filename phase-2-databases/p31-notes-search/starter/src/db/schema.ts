// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query. After every change here,
// run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
//
// The search index (Task 3) is not declared here: drizzle-kit cannot generate virtual tables or
// triggers, so they go in a custom migration (`npx drizzle-kit generate --custom`).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable('notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): title and body (text, not null), created_at and updated_at
  // (integer({ mode: 'timestamp_ms' }), not null), with exactly the column names of the SPEC's
  // Interface: the suite writes to them with plain SQL.
});

/** A row of the notes table as drizzle returns it. */
export type NoteRow = typeof notes.$inferSelect;
