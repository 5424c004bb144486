// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
// After every change here, run `npx drizzle-kit generate` in this folder (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  // INTEGER PRIMARY KEY: SQLite assigns the next id itself.
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): email and name (text, not null), createdAt and updatedAt
  // (integer({ mode: 'timestamp_ms' }), not null).
  // TODO (Task 5): a unique index on email: sqliteTable's third argument,
  // (table) => [uniqueIndex('users_email_unique').on(table.email)].
});

/** A row of the users table as drizzle returns it. */
export type UserRow = typeof users.$inferSelect;
