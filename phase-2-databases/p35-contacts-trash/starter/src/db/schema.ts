// The contacts and their history. drizzle-kit reads this file to generate the SQL migrations in
// drizzle/; run `npx drizzle-kit generate` in this folder after every change (SPEC.md, Task 1).
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable('contacts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 1): the fields of a contact and its two timestamps (SPEC.md, Task 1), and the
  // rule that two contacts never share an email, kept by the database.
  // TODO (Task 4): what marks a contact as moved to the trash, and the email rule for live
  // contacts only (SPEC.md, Task 4).
});

export const HISTORY_ACTIONS = ['created', 'updated', 'deleted', 'restored'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const contactHistory = sqliteTable('contact_history', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // TODO (Task 6): one row per change of a contact (SPEC.md, Task 6). Purging a contact must
  // take its history with it (Task 5).
});

export type ContactRow = typeof contacts.$inferSelect;
export type HistoryRow = typeof contactHistory.$inferSelect;
