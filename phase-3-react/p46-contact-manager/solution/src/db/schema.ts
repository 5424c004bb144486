// The contacts table. drizzle-kit reads this file to generate the migrations in drizzle/.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Stored as typed (trimmed): "Ann@Example.com" stays so. */
    email: text('email').notNull(),
    phone: text('phone'),
    notes: text('notes').notNull().default(''),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // An index on an expression: two emails that differ only in case are one email. The database
    // refuses the second one, so no check-then-insert race can let a duplicate through.
    uniqueIndex('contacts_email_lower_unique').on(sql`lower(${t.email})`),
    check('contacts_name_not_empty', sql`${t.name} <> ''`),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
