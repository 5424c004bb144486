// Another table design: the email as typed, and beside it a lower-cased key that a plain unique
// index guards.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    personId: integer('person_id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    phone: text('phone'),
    notes: text('notes').notNull(),
    created: integer('created', { mode: 'timestamp_ms' }).notNull(),
    updated: integer('updated', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('people_email_key').on(t.emailKey)],
);

export type PersonRow = typeof people.$inferSelect;
