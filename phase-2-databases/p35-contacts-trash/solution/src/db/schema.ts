// The contacts and their history. A contact in the trash keeps its row, with deleted_at set: the
// soft delete. Every query that shows live contacts says `deleted_at IS NULL`.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** Trimmed and lower-cased before it is stored, so that the unique index compares like people do. */
    email: text('email'),
    phone: text('phone'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** NULL while the contact is live; the moment it went to the trash otherwise. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    // A partial index: only live rows take part, so a contact in the trash frees its email, and
    // restoring it while someone else has the email fails here, in the database.
    uniqueIndex('contacts_live_email_unique').on(table.email).where(sql`${table.deletedAt} IS NULL`),
    // The trash is read newest deletion first, and the purge looks for old deletions.
    index('contacts_deleted_at_idx').on(table.deletedAt),
  ],
);

export const HISTORY_ACTIONS = ['created', 'updated', 'deleted', 'restored'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export const contactHistory = sqliteTable(
  'contact_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // CASCADE: purging a contact takes its history with it (the diffs hold its personal data).
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    action: text('action', { enum: HISTORY_ACTIONS }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** The JSON diff: { field: { from, to } } for the fields that changed. */
    changes: text('changes', { mode: 'json' }).notNull().$type<Record<string, { from: string | null; to: string | null }>>(),
  },
  (table) => [
    index('contact_history_contact_idx').on(table.contactId, table.id),
    check('contact_history_action_check', sql`${table.action} IN ('created', 'updated', 'deleted', 'restored')`),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
export type HistoryRow = typeof contactHistory.$inferSelect;
