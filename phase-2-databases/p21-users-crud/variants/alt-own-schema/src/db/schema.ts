// The accounts table: one row per user of the API, under names of this design's own.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const accounts = sqliteTable('accounts', {
  // A plain INTEGER PRIMARY KEY (the rowid): the SPEC allows ids of deleted users to come back.
  accountId: integer('account_id').primaryKey(),
  // Lower-cased before it gets here; the column-level UNIQUE is the rule.
  mail: text('mail').notNull().unique('accounts_mail_key'),
  displayName: text('display_name').notNull(),
  createdMs: integer('created_ms').notNull(),
  updatedMs: integer('updated_ms').notNull(),
});

/** A user as the rest of the app sees it. */
export interface UserRow {
  id: number;
  email: string;
  name: string;
  createdAt: Date;
  updatedAt: Date;
}
