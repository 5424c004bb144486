// The todos table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const todos = sqliteTable('todos', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a todo needs (SPEC.md, Task 1).
});

export type TodoRow = typeof todos.$inferSelect;
