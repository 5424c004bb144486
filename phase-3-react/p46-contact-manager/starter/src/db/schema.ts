// The contacts table. drizzle-kit reads this file to generate the migrations in drizzle/:
// run `npx drizzle-kit generate` in this folder after every change.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable('contacts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the columns a contact needs (SPEC.md, Task 1 and the Interface).
  // TODO (Task 2): emails unique ignoring case, in the database itself (SPEC.md, Task 2).
});

export type ContactRow = typeof contacts.$inferSelect;
