// People and their changes. trashed_ms is NULL for a live person.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    emailAddress: text('email_address'),
    /** The same as email_address: kept apart so the unique rule reads as what it is. */
    emailKey: text('email_key'),
    phoneNumber: text('phone_number'),
    createdMs: integer('created_ms').notNull(),
    updatedMs: integer('updated_ms').notNull(),
    trashedMs: integer('trashed_ms'),
  },
  (t) => [uniqueIndex('people_email_key_live').on(t.emailKey).where(sql`trashed_ms IS NULL`), index('people_trashed').on(t.trashedMs)],
);

export const personChanges = sqliteTable('person_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  personId: integer('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  kind: text('kind').notNull(),
  atMs: integer('at_ms').notNull(),
  diffJson: text('diff_json').notNull(),
});
