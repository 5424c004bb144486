// Other table and column names (documents, heading, content, rev): the suite must not care.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const notes = sqliteTable(
  'documents',
  {
    id: integer('doc_id').primaryKey({ autoIncrement: true }),
    title: text('heading').notNull(),
    body: text('content').notNull(),
    version: integer('rev').notNull(),
    createdAt: integer('created', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('modified', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [check('documents_rev_positive', sql`${t.version} > 0`)],
);

export type NoteRow = typeof notes.$inferSelect;
