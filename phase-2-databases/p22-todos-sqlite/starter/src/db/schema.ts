// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 2): name (text, not null), createdAt and updatedAt (integer timestamp_ms, not null).
  // TODO (Task 2): a unique index on lower(name) in the third argument of sqliteTable.
});

export const todos = sqliteTable('todos', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 3): title, notes (default ''), done (integer boolean, default false), priority
  // (default 2), dueDate (text, nullable), projectId (nullable, references projects.id with
  // onDelete 'restrict'), createdAt and updatedAt.
  // TODO (Task 3): a CHECK constraint on priority (1 to 3), and an index on projectId.
});

export type ProjectRow = typeof projects.$inferSelect;
export type TodoRow = typeof todos.$inferSelect;
export type NewTodoRow = typeof todos.$inferInsert;
