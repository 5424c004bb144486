// The notes table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable('notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a note needs, its version among them (SPEC.md, Task 1).
});

export type NoteRow = typeof notes.$inferSelect;
