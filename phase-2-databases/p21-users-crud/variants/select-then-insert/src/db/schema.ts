// The database schema, written in TypeScript. drizzle-kit reads this file to generate the SQL
// migrations in drizzle/, and drizzle-orm reads it to type every query.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable(
  'users',
  {
    // INTEGER PRIMARY KEY: SQLite assigns the next id itself. AUTOINCREMENT also guarantees that
    // the id of a deleted user is never handed out again.
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored lower-cased by the API (see users/validation.ts), so this plain unique index makes
    // emails unique whatever their case.
    email: text('email').notNull(),
    name: text('name').notNull(),
    // Milliseconds since 1970 in an INTEGER column; drizzle turns them into Date objects and back.
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  // A plain index to make the duplicate check below fast.
  (table) => [index('users_email_idx').on(table.email)],
);

/** A row of the users table as drizzle returns it. */
export type UserRow = typeof users.$inferSelect;
