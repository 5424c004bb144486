// The habits and their check-ins. drizzle-kit reads this file to generate the migrations in
// drizzle/: run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const habits = sqliteTable('habits', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a habit needs (SPEC.md, Task 1).
});

export const checkins = sqliteTable('checkins', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 2): which habit, which local date; at most one per habit and date (SPEC.md, Task 2).
});

export type HabitRow = typeof habits.$inferSelect;
